using SimWorkbench.Kernel;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;
using SimWorkbench.Supply;

namespace SimWorkbench.Runs;

/// <summary>Runs one strategy of a scenario once: the supply engine's entry point.</summary>
/// <remarks>
/// It simulates need, stock, allocation, loading, routing, travel and delivery over the
/// scenario's horizon, with the scenario's hazards and the cascades they set off (see
/// <see cref="Supply.HazardStrikes"/>), supplier deliveries (<see cref="Supply.Suppliers"/>) and
/// pre-positioning on warnings (<see cref="Supply.Forecasts"/>).
/// </remarks>
public static class SupplyRun
{
    /// <summary>
    /// Simulates one replication of a strategy to the horizon and checks that supplies are conserved.
    /// </summary>
    /// <param name="scenario">A loaded scenario.</param>
    /// <param name="strategy">The id of one of its strategies.</param>
    /// <param name="replication">The replication number, from 0: its seed is derived from the scenario's seed and "replication/{replication}".</param>
    /// <param name="allocator">The allocation logic; by default the one for the strategy's kind (<see cref="DefaultAllocator"/>).</param>
    /// <returns>What happened.</returns>
    /// <exception cref="ArgumentException">The scenario has no such strategy.</exception>
    /// <exception cref="InvalidOperationException">Supplies were not conserved: an engine bug; the message names the commodity and the figures.</exception>
    /// <exception cref="Kernel.EventFailedException">The allocator asked for an impossible dispatch (its inner <see cref="InvalidOperationException"/> says which).</exception>
    public static RunOutcome Run(Scenario scenario, StrategyId strategy, int replication = 0, ISupplyStrategy? allocator = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        return RunWith(scenario, strategy, replication, allocator, beforeStart: null);
    }

    /// <summary>
    /// <see cref="Run(Scenario, StrategyId, int, ISupplyStrategy?)"/> on a thread's reused hourly
    /// arrays: the outcome's series are valid until <paramref name="buffers"/> serve another run.
    /// </summary>
    internal static RunOutcome RunReusing(Scenario scenario, StrategyId strategy, int replication, RunBuffers buffers, ISupplyStrategy? allocator = null) =>
        RunWith(scenario, strategy, replication, allocator, beforeStart: null, buffers);

    private static RunOutcome RunWith(Scenario scenario, StrategyId strategy, int replication, ISupplyStrategy? allocator, Action<SupplyWorld>? beforeStart, RunBuffers? buffers = null)
    {
        var (world, seed) = Begin(scenario, strategy, replication, allocator, beforeStart, buffers);
        world.Simulation.Run(until: scenario.Horizon.Hours);
        return Outcome(world, replication, seed);
    }

    /// <summary>
    /// Builds the world of one replication and starts its processes, with a hook that sees the world
    /// after it is built and before its processes start; the caller runs the clock (in steps, as a
    /// drill does, on the same engine and random streams as <see cref="Run(Scenario, StrategyId, int, ISupplyStrategy?)"/>)
    /// and then takes the <see cref="Outcome"/>. With <paramref name="buffers"/> the world's hourly
    /// arrays are a thread's reused ones.
    /// </summary>
    internal static (SupplyWorld World, ulong Seed) Begin(Scenario scenario, StrategyId strategy, int replication, ISupplyStrategy? allocator, Action<SupplyWorld>? beforeStart, RunBuffers? buffers = null)
    {
        var chosen = scenario.Strategies.FirstOrDefault(s => s.Id == strategy)
            ?? throw new ArgumentException($"Scenario '{scenario.Name}' has no strategy '{strategy}'; it has {string.Join(", ", scenario.Strategies.Select(s => s.Id))}.", nameof(strategy));
        var seed = RandomStream.DeriveSeed(scenario.Seed, $"replication/{replication}");
        var world = new SupplyWorld(scenario, chosen, seed, allocator ?? DefaultAllocator(chosen), buffers);
        beforeStart?.Invoke(world);
        world.Start();
        return (world, seed);
    }

    /// <summary>
    /// The allocation logic for a strategy's kind: <see cref="CentralisedAllocation"/> for
    /// centralised, <see cref="LocalStock"/> for distributed, <see cref="HubAllocation"/> for hybrid.
    /// </summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>A new allocator for one run.</returns>
    public static ISupplyStrategy DefaultAllocator(Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return strategy.Kind switch
        {
            StrategyKind.Distributed => new LocalStock(),
            StrategyKind.Hybrid => new HubAllocation(),
            _ => new CentralisedAllocation(),
        };
    }

    /// <summary>What happened in a world run so far, its ledger checked for conservation.</summary>
    internal static RunOutcome Outcome(SupplyWorld world, int replication, ulong seed)
    {
        world.Links.CountDriven();
        var k = world.Commodities.Length;
        var ledger = new StockLedger[k];
        for (var c = 0; c < k; c++)
        {
            ledger[c] = new StockLedger(world.Commodities[c].Id, world.Initial[c], world.Procured[c], world.Consumed[c], world.Piles.Total(c), world.InTransit[c], world.Lost[c]);
            ledger[c].EnsureBalanced();
        }

        var cities = world.Cities.Length;
        return new RunOutcome(
            world.Strategy.Id,
            replication,
            seed,
            world.Scenario.Horizon.Hours,
            [.. world.Cities.Select(c => c.Id)],
            [.. world.Commodities.Select(c => c.Id)],
            new HourlySeries(world.Need, cities, k, world.Hours),
            new HourlySeries(world.Served, cities, k, world.Hours),
            world.Deliveries.AsReadOnly(),
            world.VehicleKilometres,
            ledger,
            world.Strikes.Log.AsReadOnly())
        {
            LinkChanges = world.Links.Changes.AsReadOnly(),
            FleetKilometres = [.. world.Fleets.Select((f, i) => new FleetKilometres(f.Fleet.Id, world.FleetKilometres[i]))],
            StockUnitHours = [.. world.StockUnitHours],
        };
    }
}
