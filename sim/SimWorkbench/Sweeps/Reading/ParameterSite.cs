using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Sweeps.Reading;

/// <summary>
/// Where a parameter's values go in the scenario tree (the resolved path) and where they came from
/// in the sweep file, so that a value the scenario reader rejects is reported at the sweep line
/// that wrote it (a listed value), or at its range or distribution.
/// </summary>
internal sealed record ParameterSite(IReadOnlyList<string> Steps, SourceLocation Domain, IReadOnlyDictionary<string, SourceLocation> Listed)
{
    public SourceLocation At(string value) => Listed.TryGetValue(value, out var at) ? at : Domain;
}
