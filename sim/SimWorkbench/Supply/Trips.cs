using SimWorkbench.Kernel;
using SimWorkbench.Network;
using SimWorkbench.Network.Routing;
using SimWorkbench.Runs;

namespace SimWorkbench.Supply;

/// <summary>
/// A vehicle's round trip for one dispatch: wait for a vehicle of the fleet, load at the depot's
/// dock, drive the fastest open path, unload, drive back empty, give the vehicle back.
/// </summary>
/// <remarks>
/// <para>The path is chosen when the vehicle leaves the depot, loaded (the moment of dispatch for
/// the road), over the links' states then, and is then fixed. Each link's hours are taken as the
/// vehicle enters it, so a link degraded meanwhile slows it. A link of the path that is closed
/// when the vehicle reaches it holds the vehicle at its near end until it reopens (no re-routing,
/// no turning back): the simplest rule that moves nothing through a closed link. The way back is
/// the fastest open path when the vehicle leaves the city (with one-way links it may differ).</para>
/// <para>Unloading fills the city's pile up to its capacity; what does not fit rides back and is
/// put back into the depot's pile, so nothing is created or lost. Unloading takes no time in this
/// version. A load with no open path to the city when it leaves goes back into the depot at once;
/// a vehicle with no open path home stays in the city, out of service.</para>
/// <para>Hazards slow it: loading goes at the depot's loading factor now (damage, a hazard's
/// <c>loading_factor</c>), and the way out at the destination's distribution factor when the
/// vehicle leaves (each link's hours divided by it; the way back is not slowed).</para>
/// </remarks>
internal static class Trips
{
    public static IEnumerable<Event> Carry(SupplyWorld world, int fleet, int city, int commodity, double units)
    {
        var sim = world.Simulation;
        var pool = world.Fleets[fleet];
        var depot = world.Depots[pool.Depot];
        var pile = world.DepotPile[pool.Depot];
        var k = world.Commodities.Length;
        var get = pool.Vehicles.Get();
        world.LoadsWaiting[fleet]++;
        yield return get;
        world.LoadsWaiting[fleet]--;
        var vehicle = get.Item;

        using (var dock = world.Docks[pool.Depot].Request())
        {
            yield return dock;
            var tonnes = units * world.Commodities[commodity].MassPerUnit.Kilograms / 1000;

            // A depot that has lost all its throughput loads nothing until it is repaired.
            while (world.LoadingFactor(pool.Depot) <= 0)
            {
                yield return sim.Timeout(world.DepotConditions.RepairedAt(pool.Depot) - sim.Now);
            }

            yield return sim.Timeout(tonnes / (depot.Loading.TonnesPerHour * world.LoadingFactor(pool.Depot)));
        }

        var home = world.PileNode[pile];
        var there = world.PileNode[city];
        var remainder = units;
        if (world.Graph.FastestPath(home, there, vehicle.Mode, vehicle.SpeedKilometresPerHour) is { } route)
        {
            foreach (var step in Drive(world, route, vehicle, world.DistributionFactor(city)))
            {
                yield return step;
            }

            var fits = Math.Min(units, world.Piles.Room(city, commodity));
            if (fits > 0)
            {
                world.Piles.Add(city, commodity, fits);
                world.Deliveries.Add(new Delivery(sim.Now, world.Cities[city].Id, world.Commodities[commodity].Id, new(fits)));
                world.InTransit[commodity] -= fits;
                remainder -= fits;
            }

            world.InTransitToCity[(city * k) + commodity] -= units;
            if (world.Graph.FastestPath(there, home, vehicle.Mode, vehicle.SpeedKilometresPerHour) is not { } back)
            {
                yield break;
            }

            foreach (var step in Drive(world, back, vehicle, 1))
            {
                yield return step;
            }
        }
        else
        {
            world.InTransitToCity[(city * k) + commodity] -= units;
        }

        if (remainder > 0)
        {
            yield return world.Piles.PutWhenRoom(pile, commodity, remainder);
            world.InTransit[commodity] -= remainder;
        }

        yield return pool.Vehicles.Put(vehicle);
    }

    /// <summary>Drives a path link by link, waiting at a closed link until it reopens.</summary>
    /// <param name="world">The world.</param>
    /// <param name="route">The path.</param>
    /// <param name="vehicle">The vehicle.</param>
    /// <param name="rate">The share of its normal rate the trip goes at (a hazard's distribution factor at its destination): each link's hours are divided by it.</param>
    private static IEnumerable<Event> Drive(SupplyWorld world, Route route, Vehicle vehicle, double rate)
    {
        var graph = world.Graph;
        foreach (var arc in route.Arcs)
        {
            var link = graph.LinkOf(arc);
            while (graph.StateOf(link) == LinkState.Closed)
            {
                yield return world.Links.Reopening(link);
            }

            yield return world.Simulation.Timeout(graph.ArcHours(arc, vehicle.SpeedKilometresPerHour) / rate);
            var kilometres = graph.LinkAt(link).Length.Kilometres;
            world.VehicleKilometres += kilometres;
            world.FleetKilometres[world.FleetIndex(vehicle.Fleet)] += kilometres;
        }
    }
}
