using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Supply;

namespace SimWorkbench.Drills.Play;

/// <summary>
/// Whether a shipment (a dispatch or a pre-position) can be carried out now, and if not why: the
/// depot must have a fleet of the trainees' strategy, must not be the city's own stock, must hold
/// the amount (less what earlier orders' loads waiting there will take), and must have an open
/// route to the city.
/// </summary>
internal static class OrderCheck
{
    /// <summary>The fleet that would carry the shipment, or the reason it is refused.</summary>
    /// <param name="world">The world now.</param>
    /// <param name="from">The depot.</param>
    /// <param name="to">The city.</param>
    /// <param name="commodity">The commodity.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="reserved">Units of the commodity at the depot's pile already promised to waiting loads.</param>
    public static (int Fleet, string? Refusal) Check(SupplyWorld world, DepotId from, CityId to, CommodityId commodity, Amount amount, double reserved)
    {
        var d = world.DepotIndex(from);
        var i = world.CityIndex(to);
        var c = world.CommodityIndex(commodity);
        var pile = world.DepotPile[d];
        var now = world.Simulation.Now;
        var fleet = Array.FindIndex(world.Fleets, f => f.Depot == d);
        if (fleet < 0)
        {
            var based = world.Fleets.Select(f => world.Depots[f.Depot].Id.Value).Distinct();
            return (-1, $"no-fleet: strategy '{world.Strategy.Id}' has no vehicles at depot '{from}'; its fleets are based at {string.Join(", ", based)}.");
        }

        if (pile == i)
        {
            return (-1, $"own-stock: depot '{from}' is {to}'s own stock; its people draw on it without a shipment.");
        }

        var held = world.Piles.Level(pile, c) - reserved;
        if (amount.Units > held)
        {
            var unit = world.Commodities[c].Unit;
            var promised = reserved > 0 ? $" free of the {reserved:0.##} {unit} earlier orders' waiting loads will take" : string.Empty;
            return (-1, $"short: depot '{from}' holds {Math.Max(held, 0):0.##} {unit} of {commodity}{promised} at {now:0.##} h, less than the {amount.Units:0.##} {unit} ordered.");
        }

        return NoRoute(world, fleet, pile, i) is { } noRoute ? (-1, noRoute) : (fleet, null);
    }

    /// <summary>The no-route refusal when the fleet has no open path from the pile to the city now, else null.</summary>
    public static string? NoRoute(SupplyWorld world, int fleet, int pile, int city)
    {
        var vehicles = world.Fleets[fleet].Fleet;
        return world.Graph.FastestPath(world.PileNode[pile], world.PileNode[city], vehicles.Mode, vehicles.Speed.KilometresPerHour) is null
            ? $"no-route: no open {vehicles.Mode.ToString().ToLowerInvariant()} route from depot '{world.Depots[world.Fleets[fleet].Depot].Id}' to {world.Cities[city].Id} at {world.Simulation.Now:0.##} h (links closed)."
            : null;
    }
}
