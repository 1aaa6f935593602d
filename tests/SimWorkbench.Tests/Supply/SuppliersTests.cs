using SimWorkbench.Runs;
using SimWorkbench.Strategies;
using SimWorkbench.Supply;

namespace SimWorkbench.Tests.Supply;

public sealed class SuppliersTests
{
    // A reserve holding 4,000 L of water in room for 10,000 L, restocked at 2,400 L/d (100 L/h)
    // from 12 h after the first hazard's onset at 6 h: deliveries every hour from 18 h on. A town of
    // one person that no link reaches (the hazard strikes it), and a village whose 100,000 L of its
    // own outlast the run (5 d × 15,000 L/d), so that a centralised strategy never ships to it.
    // STRATEGY is replaced.
    private const string Restocked = """
        name: Suppliers
        horizon: 5d
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 1 }
          - { id: village, location: { lat: 10.1, lon: 20.1 }, population: 1000 }
        depots:
          - id: reserve
            tier: national
            location: { lat: 10.5, lon: 20.5 }
            loading: 20 t/h
            capacity: { water: 10000 L }
            replenishment: { lead_time: 12h, rate: { water: 2400 L/d } }
          - { id: local-village, tier: local, city: village, loading: 20 t/h, capacity: { water: 100000 L } }
        links:
          - { id: road, from: reserve, to: village, mode: road, length: 60 km, travel_time: 1.5h, repair_time: 2d }
        fleets:
          - { id: trucks, depot: reserve, mode: road, vehicles: 2, payload: 5 t, speed: 40 km/h }
        hazards:
          - { id: quake, kind: earthquake, onset: 6h, targets: [town], intensity: 0.5 }
        strategies:
          STRATEGY
        """;

    private const string Central = "- { id: central, kind: centralised, stock: { reserve: { water: 4000 L }, local-village: { water: 100000 L } } }";

    [Fact]
    public void Replenishment_arrives_after_the_lead_time_at_the_rate_and_stops_at_capacity()
    {
        var scenario = TestScenarios.Parse(Restocked.Replace("STRATEGY", Central, StringComparison.Ordinal));
        var world = new SupplyWorld(scenario, scenario.Strategies[0], seed: 1, new CentralisedAllocation());
        world.Start();

        // Onset 6 h + lead 12 h: nothing before 18 h.
        world.Simulation.Run(until: 17.9);
        world.Procured[0].ShouldBe(0);
        world.Piles.Level(world.DepotPile[0], 0).ShouldBe(4000);

        // Deliveries at 18, 19, …, 27 h: ten hours of 100 L.
        world.Simulation.Run(until: 27.5);
        world.Procured[0].ShouldBe(10 * 100, tolerance: 1e-9);
        world.Piles.Level(world.DepotPile[0], 0).ShouldBe(4000 + 1000, tolerance: 1e-9);

        // Room for 6,000 L: full after 60 deliveries (at 77 h); what does not fit is not ordered.
        world.Simulation.Run(until: 120);
        world.Procured[0].ShouldBe(10000 - 4000, tolerance: 1e-9);
        world.Piles.Level(world.DepotPile[0], 0).ShouldBe(10000, tolerance: 1e-9);
    }

    [Fact]
    public void Procured_units_balance_the_ledger()
    {
        var scenario = TestScenarios.Parse(Restocked.Replace("STRATEGY", Central, StringComparison.Ordinal));

        var outcome = SupplyRun.Run(scenario, new StrategyId("central"));

        // No fleet: the 6,000 L procured stay at the reserve; the village eats 15,000 L/d of its own 100,000 L.
        var water = outcome.Ledger[0];
        water.Initial.ShouldBe(4000 + 100_000);
        water.Procured.ShouldBe(6000, tolerance: 1e-9);
        water.Consumed.ShouldBe(5 * 15_000, tolerance: 1e-6);
        water.InStock.ShouldBe(10_000 + 100_000 - 75_000, tolerance: 1e-6);
        water.Imbalance.ShouldBe(0, tolerance: 1e-9);
    }

    [Fact]
    public void Without_a_hazard_no_emergency_order_is_placed()
    {
        var scenario = TestScenarios.Parse(Restocked.Replace("STRATEGY", Central, StringComparison.Ordinal)
            .Replace("  - { id: quake, kind: earthquake, onset: 6h, targets: [town], intensity: 0.5 }\n", "", StringComparison.Ordinal)
            .Replace("hazards:\n", "", StringComparison.Ordinal));

        var outcome = SupplyRun.Run(scenario, new StrategyId("central"));

        outcome.Ledger[0].Procured.ShouldBe(0);
    }

    [Fact]
    public void A_distributed_strategy_ships_supplier_deliveries_with_the_fleet_based_at_the_reserve()
    {
        // The village holds 20,000 L of its own (1.33 d at 15,000 L/d) and the reserve nothing: once
        // restocking starts at 18 h, the reserve's trucks bring what comes in to the village.
        var scenario = TestScenarios.Parse(Restocked.Replace("STRATEGY",
            "- { id: local, kind: distributed, fleets: [trucks], stock: { local-village: { water: 20000 L } } }", StringComparison.Ordinal));

        var outcome = SupplyRun.Run(scenario, new StrategyId("local"));

        outcome.Deliveries.ShouldNotBeEmpty();
        outcome.Deliveries.ShouldAllBe(d => d.City.Value == "village" && d.TimeHours > 18 + 1.5);
        var water = outcome.Ledger[0];
        water.Procured.ShouldBeGreaterThan(0);
        outcome.Deliveries.Sum(d => d.Amount.Units).ShouldBeLessThanOrEqualTo(water.Procured + 1e-9);
        water.Imbalance.ShouldBe(0, tolerance: 1e-9);
    }
}
