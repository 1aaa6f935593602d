using SimWorkbench.Hazards;
using SimWorkbench.Kernel;
using SimWorkbench.Network;
using SimWorkbench.Strategies;

namespace SimWorkbench.Supply;

/// <summary>
/// Pre-positioning on warning (<see cref="Strategy.PrePositioning"/>): when a hazard is forecast
/// early enough, part of the central stock moves toward the cities it will strike, before onset.
/// </summary>
/// <remarks>
/// <para>For each scenario hazard whose warning is at least the strategy's minimum (and above 0),
/// at its warning (onset − warning, not before the start), every depot the strategy has a fleet at
/// that is not a city's own stock sends <see cref="PrePositioning.Share"/> of what it holds of each
/// commodity then to the threatened cities: those within the hazard's radius of its epicentre, or
/// named as its targets. Each city's part is in proportion to its population, among the threatened
/// cities the depot's fleets can reach then, and at most the room its stock pile has left for what
/// is not already on the way; what does not fit stays at the depot. The loads go on the depot's
/// first fleet (strategy order) that reaches the city, by the normal trip process, one city after
/// another in turn so that no city waits for all the others' loads.</para>
/// <para>This is the engine's, not the allocator's: any <see cref="ISupplyStrategy"/> gets it when
/// the scenario's strategy has <c>pre_positioning</c>; the allocator sees the moved stock as the
/// cities' stock or on the way to them.</para>
/// </remarks>
internal static class Forecasts
{
    /// <summary>Starts one pre-positioning process per hazard warned early enough, if the strategy pre-positions.</summary>
    /// <param name="world">The world.</param>
    public static void Start(SupplyWorld world)
    {
        if (world.Strategy.PrePositioning is not { } pre)
        {
            return;
        }

        foreach (var hazard in world.Scenario.Hazards)
        {
            if (hazard.Warning.Hours > 0 && hazard.Warning.Hours >= pre.MinimumWarning.Hours)
            {
                world.Simulation.Process(PrePosition(world, hazard, pre), $"pre-positioning/{hazard.Id}");
            }
        }
    }

    /// <summary>The cities a hazard will strike: within its radius of the epicentre, or its city targets.</summary>
    /// <param name="world">The world.</param>
    /// <param name="hazard">The hazard.</param>
    /// <returns>Per city, whether it is threatened.</returns>
    public static bool[] Threatened(SupplyWorld world, Hazard hazard)
    {
        var threatened = new bool[world.Cities.Length];
        switch (hazard.Footprint)
        {
            case EpicentreFootprint around:
                for (var i = 0; i < threatened.Length; i++)
                {
                    threatened[i] = world.Cities[i].Location.DistanceTo(around.Epicentre).Kilometres <= around.Radius.Kilometres;
                }

                break;
            case TargetFootprint named:
                foreach (var target in named.Targets)
                {
                    if (target.Type == TargetType.City)
                    {
                        threatened[world.CityIndex(new CityId(target.Id))] = true;
                    }
                }

                break;
        }

        return threatened;
    }

    private static IEnumerable<Event> PrePosition(SupplyWorld world, Hazard hazard, PrePositioning pre)
    {
        // A warning at the start acts at once, before the first allocation, which then sees the moved stock on its way.
        var warned = Math.Max(0, hazard.Onset.Hours - hazard.Warning.Hours);
        if (warned > world.Simulation.Now)
        {
            yield return world.Simulation.Timeout(warned - world.Simulation.Now);
        }

        var situation = new SupplySituation(world);
        var threatened = Threatened(world, hazard);
        var fleets = situation.Fleets;
        var k = world.Commodities.Length;
        var done = new HashSet<DepotId>();
        var perCity = new List<Dispatch>[world.Cities.Length];
        for (var f = 0; f < fleets.Count; f++)
        {
            var depot = fleets[f].Depot;
            if (situation.HoldsCityStock(depot) || !done.Add(depot))
            {
                continue;
            }

            // Each threatened city's fleet from this depot: the first that reaches it now.
            var carrier = new Fleet?[world.Cities.Length];
            var population = 0.0;
            for (var i = 0; i < carrier.Length; i++)
            {
                for (var g = f; g < fleets.Count && threatened[i] && carrier[i] is null; g++)
                {
                    if (fleets[g].Depot == depot && double.IsFinite(situation.TravelHours(fleets[g].Id, world.Cities[i].Id)))
                    {
                        carrier[i] = fleets[g];
                    }
                }

                population += carrier[i] is null ? 0 : world.Cities[i].Population;
            }

            if (population == 0)
            {
                continue;
            }

            for (var i = 0; i < perCity.Length; i++)
            {
                perCity[i] = [];
            }

            for (var c = 0; c < k; c++)
            {
                var commodity = world.Commodities[c];
                var moved = pre.Share.Value * situation.DepotStock(depot, commodity.Id).Units;
                for (var i = 0; i < carrier.Length; i++)
                {
                    if (carrier[i] is { } fleet)
                    {
                        var room = world.Piles.Room(i, c) - world.InTransitToCity[(i * k) + c];
                        var units = Math.Min(moved * world.Cities[i].Population / population, room);
                        VehicleLoads.Split(fleet, world.Cities[i].Id, commodity.Id, commodity.MassPerUnit, units, perCity[i]);
                    }
                }
            }

            for (var turn = 0; perCity.Any(loads => turn < loads.Count); turn++)
            {
                foreach (var loads in perCity)
                {
                    if (turn < loads.Count)
                    {
                        world.Carry(loads[turn]);
                    }
                }
            }
        }
    }
}
