using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills.Orders;

/// <summary>
/// Reroute an earlier shipment: the loads of a dispatch or pre-position order that are still
/// waiting at the depot for a vehicle go to another city instead. Loads already loaded or on the
/// road keep their way (the engine holds a vehicle at a closed link until it reopens). Refused for
/// no-order, not-waiting, same-city, own-stock and no-route.
/// </summary>
/// <param name="Number">The order's number.</param>
/// <param name="At">When it is given, from the start of the run.</param>
/// <param name="Order">The number of the earlier order whose waiting loads are rerouted.</param>
/// <param name="To">The city they go to instead.</param>
public sealed record RerouteOrder(int Number, Duration At, int Order, CityId To) : DrillOrder(Number, At)
{
    /// <inheritdoc/>
    public override string Kind => "reroute";
}
