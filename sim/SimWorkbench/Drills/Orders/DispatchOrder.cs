using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills.Orders;

/// <summary>
/// Dispatch an amount of a commodity from a depot to a city, split into loads of the depot's
/// fleet. Refused for no-fleet, own-stock, short or no-route.
/// </summary>
/// <param name="Number">The order's number.</param>
/// <param name="At">When it is given, from the start of the run.</param>
/// <param name="From">The depot the stock leaves.</param>
/// <param name="To">The city it goes to.</param>
/// <param name="Commodity">What is sent.</param>
/// <param name="Amount">How much, in the commodity's unit.</param>
public sealed record DispatchOrder(int Number, Duration At, DepotId From, CityId To, CommodityId Commodity, Amount Amount) : DrillOrder(Number, At)
{
    /// <inheritdoc/>
    public override string Kind => "dispatch";
}
