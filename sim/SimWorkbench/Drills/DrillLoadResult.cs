using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Drills;

/// <summary>What loading a drill file gave: the drill when it is valid, and every diagnostic found (its scenario's too).</summary>
/// <param name="Drill">The drill, or null when there was at least one error.</param>
/// <param name="Diagnostics">Every error and warning, in file, line and column order.</param>
/// <param name="SourceText">The drill file's text as read, for the log's hash; null when it could not be read.</param>
public sealed record DrillLoadResult(Drill? Drill, IReadOnlyList<Diagnostic> Diagnostics, string? SourceText = null)
{
    /// <summary>Its scenario as run (the <c>extends</c> chain resolved, <see cref="Scenarios.ScenarioLoadResult.ResolvedText"/>), for the log's hash; null when the drill is not valid.</summary>
    public string? ScenarioText { get; init; }

    /// <summary>True when the drill loaded: no errors (warnings allowed).</summary>
    public bool IsValid => Drill is not null;
}
