using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Drills;

/// <summary>What reading one typed order line gave: the order when the line is valid, and every error found.</summary>
/// <param name="Order">The order (numbered and timed when it is issued), or null when the line has an error.</param>
/// <param name="Diagnostics">Every error, each with its code and message (positions are within the line's order form).</param>
public sealed record OrderLineResult(DrillOrder? Order, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the line gave an order.</summary>
    public bool IsValid => Order is not null;
}
