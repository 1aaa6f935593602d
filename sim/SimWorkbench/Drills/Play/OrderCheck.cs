using SimWorkbench.Supply;

namespace SimWorkbench.Drills.Play;

/// <summary>
/// Whether an order can be carried out now, and if not why: the depot must have a fleet of the
/// trainees' strategy, must not be the city's own stock, must hold the amount, and must have an
/// open route to the city.
/// </summary>
internal static class OrderCheck
{
    /// <summary>The fleet that would carry the order, or the reason it is refused.</summary>
    public static (int Fleet, string? Refusal) Check(SupplyWorld world, DrillOrder order)
    {
        var d = world.DepotIndex(order.From);
        var i = world.CityIndex(order.To);
        var c = world.CommodityIndex(order.Commodity);
        var pile = world.DepotPile[d];
        var now = world.Simulation.Now;
        var fleet = Array.FindIndex(world.Fleets, f => f.Depot == d);
        if (fleet < 0)
        {
            var based = world.Fleets.Select(f => world.Depots[f.Depot].Id.Value).Distinct();
            return (-1, $"no-fleet: strategy '{world.Strategy.Id}' has no vehicles at depot '{order.From}'; its fleets are based at {string.Join(", ", based)}.");
        }

        if (pile == i)
        {
            return (-1, $"own-stock: depot '{order.From}' is {order.To}'s own stock; its people draw on it without a shipment.");
        }

        var held = world.Piles.Level(pile, c);
        if (order.Amount.Units > held)
        {
            var unit = world.Commodities[c].Unit;
            return (-1, $"short: depot '{order.From}' holds {held:0.##} {unit} of {order.Commodity} at {now:0.##} h, less than the {order.Amount.Units:0.##} {unit} ordered.");
        }

        var vehicles = world.Fleets[fleet].Fleet;
        if (world.Graph.FastestPath(world.PileNode[pile], world.PileNode[i], vehicles.Mode, vehicles.Speed.KilometresPerHour) is null)
        {
            return (-1, $"no-route: no open {vehicles.Mode.ToString().ToLowerInvariant()} route from depot '{order.From}' to {order.To} at {now:0.##} h (links closed).");
        }

        return (fleet, null);
    }
}
