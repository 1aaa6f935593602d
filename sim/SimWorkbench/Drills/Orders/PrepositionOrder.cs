using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills.Orders;

/// <summary>
/// Pre-position an amount of a commodity from a depot into a city's own stock before the first
/// hazard strikes: a dispatch that must also fit in the city's room (its capacity less its stock
/// and what is already on the way). Refused for the dispatch reasons, too-late and no-room.
/// </summary>
/// <param name="Number">The order's number.</param>
/// <param name="At">When it is given, from the start of the run.</param>
/// <param name="From">The depot the stock leaves.</param>
/// <param name="To">The city whose stock it goes into.</param>
/// <param name="Commodity">What is sent.</param>
/// <param name="Amount">How much, in the commodity's unit.</param>
public sealed record PrepositionOrder(int Number, Duration At, DepotId From, CityId To, CommodityId Commodity, Amount Amount) : DrillOrder(Number, At)
{
    /// <inheritdoc/>
    public override string Kind => "preposition";
}
