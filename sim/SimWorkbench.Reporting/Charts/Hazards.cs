using System.Text.Json;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Charts;

/// <summary>The hazards the charts draw: those logged in the kept runs (replication 0 of each strategy by default).</summary>
internal static class Hazards
{
    /// <summary>The hazards of every kept run, strategy by strategy, each run's in order of onset.</summary>
    public static IEnumerable<HazardRecord> OfFirstRuns(ComparisonResult result) =>
        result.Runs.SelectMany(runs => runs.Take(1)).SelectMany(run => run.Hazards);

    /// <summary>A short label: the rule that caused it, or the scenario's id, with its kind.</summary>
    public static string Label(HazardRecord hazard) =>
        (hazard.Rule?.Value ?? hazard.Id.Value) + " (" + Word(hazard.Kind) + ")";

    /// <summary>The snake_case word scenarios use for an enumeration value.</summary>
    public static string Word<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()).Replace('_', ' ');
}
