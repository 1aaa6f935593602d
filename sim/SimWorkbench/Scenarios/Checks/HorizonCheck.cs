using SimWorkbench.Hazards;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Checks;

/// <summary>Warns about hazards that strike at or after the horizon and so never happen in a run.</summary>
internal static class HorizonCheck
{
    public static void Run(DiagnosticBag bag, Duration horizon, IReadOnlyList<(Hazard Hazard, YamlNode At)> hazards)
    {
        foreach (var (hazard, at) in hazards)
        {
            if (hazard.Onset.Hours >= horizon.Hours)
            {
                bag.Warning(DiagnosticCodes.AfterHorizon, at.Location,
                    $"hazard '{hazard.Id}' strikes at {hazard.Onset}, at or after the horizon of {horizon}: it never happens in a run.");
            }
        }
    }
}
