using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Scenarios;

/// <summary>What loading a scenario gave: the scenario when it is valid, and every diagnostic found, in file and line order.</summary>
/// <param name="Scenario">The scenario, or null when there was at least one error.</param>
/// <param name="Diagnostics">Every error and warning, in file, line and column order.</param>
/// <param name="SourceText">The text of the file (or string) loaded, as read, for manifests and hashes; null when it could not be read.</param>
public sealed record ScenarioLoadResult(Scenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics, string? SourceText = null)
{
    /// <summary>
    /// The scenario as run, as YAML text, when it is valid: <see cref="SourceText"/> when the file
    /// extends nothing, else its <c>extends</c> chain merged into one document (comments not kept),
    /// which loads on its own to the same scenario. Null when the scenario is not valid.
    /// </summary>
    public string? ResolvedText { get; init; }

    /// <summary>True when the scenario loaded: no errors (warnings allowed).</summary>
    public bool IsValid => Scenario is not null;

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The warnings only.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
