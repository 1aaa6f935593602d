using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills.Orders;

/// <summary>
/// Emergency procurement: an amount of a commodity bought and delivered into a depot after a lead
/// time, at the commodity's unit cost times a premium. Counted as procured when it arrives, so the
/// stock ledger balances and the procurement cost includes it. Refused for no-supplier, no-capacity
/// and no-room.
/// </summary>
/// <param name="Number">The order's number.</param>
/// <param name="At">When it is given, from the start of the run.</param>
/// <param name="Depot">The depot it is delivered to.</param>
/// <param name="Commodity">What is bought.</param>
/// <param name="Amount">How much, in the commodity's unit.</param>
/// <param name="LeadTime">How long delivery takes; null for the depot's replenishment lead time.</param>
/// <param name="Premium">The factor on the unit cost (1 pays the listed price; 1.5 pays half as much again).</param>
public sealed record ProcureOrder(int Number, Duration At, DepotId Depot, CommodityId Commodity, Amount Amount, Duration? LeadTime, double Premium) : DrillOrder(Number, At)
{
    /// <inheritdoc/>
    public override string Kind => "procure";
}
