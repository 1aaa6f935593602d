using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Drills;

/// <summary>What loading a trainees' order file gave: the orders when the file is valid, and every diagnostic found.</summary>
/// <param name="Orders">The orders in file order, or null when there was at least one error.</param>
/// <param name="Diagnostics">Every error, in line and column order.</param>
public sealed record OrdersLoadResult(IReadOnlyList<DrillOrder>? Orders, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the orders loaded.</summary>
    public bool IsValid => Orders is not null;
}
