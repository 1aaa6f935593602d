using SimWorkbench.Quantities;

namespace SimWorkbench.Drills.Orders;

/// <summary>
/// Let the clock run: by a time, or to the next stop (the next inject, decision point or
/// assessment of an expected action). It changes nothing in the world and is never refused; it is
/// logged with the time it runs to (at most the drill's end).
/// </summary>
/// <param name="Number">The order's number.</param>
/// <param name="At">When it is given, from the start of the run.</param>
/// <param name="By">How far to run; null for the next stop.</param>
public sealed record AdvanceOrder(int Number, Duration At, Duration? By) : DrillOrder(Number, At)
{
    /// <inheritdoc/>
    public override string Kind => "advance";
}
