using SimWorkbench.Quantities;

namespace SimWorkbench.Drills.Orders;

/// <summary>
/// Activate mutual aid between cities for a period: the strategy's <c>mutual_aid</c> agreement
/// (radius, share, donor_above, recipient_below) runs every allocation period from the next one
/// until the period ends, through the engine's neighbour aid. Refused for no-agreement and
/// no-local-fleet.
/// </summary>
/// <param name="Number">The order's number.</param>
/// <param name="At">When it is given, from the start of the run.</param>
/// <param name="For">How long the aid runs.</param>
public sealed record MutualAidOrder(int Number, Duration At, Duration For) : DrillOrder(Number, At)
{
    /// <inheritdoc/>
    public override string Kind => "mutual_aid";
}
