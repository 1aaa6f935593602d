using SimWorkbench.Drills.Updates;
using SimWorkbench.Kernel;
using SimWorkbench.Supply;

namespace SimWorkbench.Drills.Play;

/// <summary>
/// Applies what an inject changes in the world, now: a forced hazard through <see cref="HazardStrikes"/>,
/// a data update through the engine's own state (demand surges, the cities' population, link states,
/// depots' loading), each as a hazard of the same kind would.
/// </summary>
internal static class WorldChanges
{
    public static void Apply(Drill drill, Inject inject, SupplyWorld world)
    {
        var now = world.Simulation.Now;
        if (inject.Hazard is { } id)
        {
            var hazard = drill.Scenario.Hazards.First(h => h.Id == id);
            world.Strikes.Schedule(Strike.Of(hazard with { Onset = new Quantities.Duration(now), Warning = Quantities.Duration.Zero }));
        }

        switch (inject.Update)
        {
            case NeedSurge surge:
                world.CityConditions.Surge(world.CityIndex(surge.City), world.CommodityIndex(surge.Commodity), surge.Multiplier, now + surge.For.Hours);
                world.RefreshNeed();
                break;
            case PopulationMove move:
                Move(world, move);
                break;
            case LinkStateReport report:
                world.Links.Set(world.Graph.IndexOf(report.Link), report.State, report.Slowdown, cause: null);
                break;
            case DepotLoadingReport report:
                world.DepotConditions.SlowLoading(world.DepotIndex(report.Depot), report.Loading.Value, now + report.For.Hours);
                break;
        }
    }

    /// <summary>Whether the inject changes the world (so yardsticks must see it when the trainees' session did).</summary>
    public static bool ChangesWorld(Inject inject) => inject.Hazard is not null || inject.Update is not null;

    private static void Move(SupplyWorld world, PopulationMove move)
    {
        var population = world.CityConditions.Population;
        var (from, to) = (world.CityIndex(move.From), world.CityIndex(move.To));
        var moved = Math.Min(move.People, population[from]);
        population[from] -= moved;
        population[to] += moved;
        world.RefreshNeed();
        if (move.For is { } back && moved > 0)
        {
            world.Simulation.Process(Return(world, from, to, moved, back.Hours), $"return/{move.From}");
        }
    }

    private static IEnumerable<Event> Return(SupplyWorld world, int home, int host, double people, double afterHours)
    {
        yield return world.Simulation.Timeout(afterHours);
        var population = world.CityConditions.Population;
        var back = Math.Min(people, population[host]);
        population[host] -= back;
        population[home] += back;
        world.RefreshNeed();
    }
}
