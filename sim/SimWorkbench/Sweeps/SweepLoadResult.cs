using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Sweeps;

/// <summary>What loading a sweep file gave: the sweep when valid, and every diagnostic (the sweep file's and its base scenario's), in file and line order.</summary>
/// <param name="Sweep">The sweep, or null when there was at least one error.</param>
/// <param name="Diagnostics">Every error and warning.</param>
public sealed record SweepLoadResult(Sweep? Sweep, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the sweep loaded.</summary>
    public bool IsValid => Sweep is not null;
}
