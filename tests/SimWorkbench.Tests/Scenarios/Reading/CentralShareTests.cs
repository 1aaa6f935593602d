using CsCheck;
using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Strategies;

namespace SimWorkbench.Tests.Scenarios.Reading;

/// <summary><c>central_share</c>: a strategy's total stock placed between its central depots and the cities.</summary>
public sealed class CentralShareTests
{
    /// <summary>
    /// Two hubs (60,000 L and 20,000 L of room) over two towns of 1,000 and 3,000 people (own depots
    /// of 15,000 L and 100,000 L). The hybrid holds 80,000 L: 30,000 and 10,000 at the hubs (3 : 1),
    /// 10,000 and 30,000 in the towns. SHARE is replaced; line 25 holds it, from column 20.
    /// </summary>
    internal const string Scenario = """
        name: Central share
        horizon: 2d
        seed: 3
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: alpha, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
          - { id: beta, location: { lat: 10.1, lon: 20.1 }, population: 3000 }
        depots:
          - { id: hub-a, tier: regional, location: { lat: 10.2, lon: 20.0 }, loading: 100 t/h, capacity: { water: 60000 L } }
          - { id: hub-b, tier: regional, location: { lat: 10.0, lon: 20.2 }, loading: 100 t/h, capacity: { water: 20000 L } }
          - { id: local-alpha, tier: local, city: alpha, loading: 100 t/h, capacity: { water: 15000 L } }
          - { id: local-beta, tier: local, city: beta, loading: 100 t/h, capacity: { water: 100000 L } }
        links:
          - { id: a-alpha, from: hub-a, to: alpha, mode: road, length: 20 km, repair_time: 1d }
          - { id: b-beta, from: hub-b, to: beta, mode: road, length: 20 km, repair_time: 1d }
          - { id: alpha-beta, from: alpha, to: beta, mode: road, length: 15 km, repair_time: 1d }
        fleets:
          - { id: a-trucks, depot: hub-a, mode: road, vehicles: 2, payload: 5 t, speed: 40 km/h }
          - { id: b-trucks, depot: hub-b, mode: road, vehicles: 2, payload: 5 t, speed: 40 km/h }
        strategies:
          - id: hybrid
            kind: hybrid
            hubs: [hub-a, hub-b]
            stock: { hub-a: { water: 30000 L }, hub-b: { water: 10000 L }, local-alpha: { water: 10000 L }, local-beta: { water: 30000 L } }
            central_share: SHARE
        """;

    private const double Total = 80_000;

    private static readonly CommodityId Water = new("water");

    public static string At(string share) => Scenario.Replace("SHARE", share, StringComparison.Ordinal);

    private static double Held(Scenario scenario, string depot) =>
        scenario.Strategies[0].Stock.GetValueOrDefault(new DepotId(depot))?.GetValueOrDefault(Water).Units ?? 0;

    [Theory]
    // Half: the hubs' 40,000 L as placed, 3 : 1; the towns' 40,000 L by population, 1 : 3.
    [InlineData("0.5", 30_000, 10_000, 10_000, 30_000)]
    // None central: the towns' 80,000 L by population would give alpha 20,000 L, above its 15,000 L
    // of room, so it is filled and beta takes the other 65,000 L.
    [InlineData("0", 0, 0, 15_000, 65_000)]
    // All central: 80,000 L at 3 : 1 fills both hubs exactly (60,000 and 20,000 L).
    [InlineData("1", 60_000, 20_000, 0, 0)]
    public void The_share_is_held_at_the_hubs_as_placed_and_the_rest_in_the_towns_by_population(
        string share, double hubA, double hubB, double alpha, double beta)
    {
        var scenario = TestScenarios.Parse(At(share));

        Held(scenario, "hub-a").ShouldBe(hubA, tolerance: 1e-9);
        Held(scenario, "hub-b").ShouldBe(hubB, tolerance: 1e-9);
        Held(scenario, "local-alpha").ShouldBe(alpha, tolerance: 1e-9);
        Held(scenario, "local-beta").ShouldBe(beta, tolerance: 1e-9);
    }

    [Fact]
    public void A_depot_given_nothing_is_not_in_the_placement()
    {
        var scenario = TestScenarios.Parse(At("1"));

        scenario.Strategies[0].Stock.Keys.Select(d => d.Value).Order(StringComparer.Ordinal).ShouldBe(new[] { "hub-a", "hub-b" });
    }

    [Fact]
    public void Without_central_stock_in_the_placement_the_hubs_take_their_part_by_capacity()
    {
        var text = At("0.5").Replace("hub-a: { water: 30000 L }, hub-b: { water: 10000 L }, ", string.Empty, StringComparison.Ordinal);

        var scenario = TestScenarios.Parse(text);

        // 40,000 L in all: 20,000 L at the hubs by room (60,000 : 20,000), 20,000 L in the towns by population (1 : 3).
        Held(scenario, "hub-a").ShouldBe(15_000, tolerance: 1e-9);
        Held(scenario, "hub-b").ShouldBe(5_000, tolerance: 1e-9);
        Held(scenario, "local-alpha").ShouldBe(5_000, tolerance: 1e-9);
        Held(scenario, "local-beta").ShouldBe(15_000, tolerance: 1e-9);
    }

    [Fact]
    public void A_centralised_strategy_holds_the_share_at_its_reserve_depots()
    {
        var text = At("0.25").Replace("kind: hybrid", "kind: centralised", StringComparison.Ordinal).Replace("    hubs: [hub-a, hub-b]\n", string.Empty, StringComparison.Ordinal);

        var scenario = TestScenarios.Parse(text);

        // 20,000 L central at 3 : 1; 60,000 L in the towns at 1 : 3 (alpha's 15,000 L just fits).
        Held(scenario, "hub-a").ShouldBe(15_000, tolerance: 1e-9);
        Held(scenario, "hub-b").ShouldBe(5_000, tolerance: 1e-9);
        Held(scenario, "local-alpha").ShouldBe(15_000, tolerance: 1e-9);
        Held(scenario, "local-beta").ShouldBe(45_000, tolerance: 1e-9);
    }

    [Fact]
    public void The_metro_hybrid_holds_half_at_its_hubs_as_placed_and_half_in_the_districts_by_population()
    {
        var hybrid = TestScenarios.Example("metro-earthquake.yaml").Strategies.Single(s => s.Id.Value == "hybrid");

        // 120 ML of water in all: 60 ML at the three hubs, 20 ML each as placed; the other 60 ML by
        // population, Harbour's 1,150,000 of the region's 8,980,000 people taking 60 ML × 1,150 / 8,980.
        hybrid.Stock[new DepotId("regional-west")][Water].Units.ShouldBe(20_000_000, tolerance: 1e-6);
        hybrid.Stock[new DepotId("local-harbour")][Water].Units.ShouldBe(60_000_000.0 * 1_150 / 8_980, tolerance: 1e-6);
        hybrid.TotalStock(Water).Units.ShouldBe(120_000_000, tolerance: 1e-6);
    }

    [Fact]
    public void The_readmes_centralised_example_keeps_the_reserves_proportions_and_sends_the_rest_to_the_districts()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "metro-earthquake.yaml"))
            .Replace("    kind: centralised\n", "    kind: centralised\n    central_share: 0.7\n", StringComparison.Ordinal);

        var centralised = TestScenarios.Parse(text).Strategies[0];

        // 0.7 × 120 ML = 84 ML at 60 : 20 : 20 : 20 (42 ML and 14 ML each); 36 ML by population.
        centralised.Stock[new DepotId("national-reserve")][Water].Units.ShouldBe(42_000_000, tolerance: 1e-6);
        centralised.Stock[new DepotId("regional-north")][Water].Units.ShouldBe(14_000_000, tolerance: 1e-6);
        centralised.Stock[new DepotId("local-harbour")][Water].Units.ShouldBe(36_000_000.0 * 1_150 / 8_980, tolerance: 1e-6);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.5")]
    [InlineData("1")]
    public void A_run_starts_with_the_placements_total_and_conserves_it(string share)
    {
        var scenario = TestScenarios.Parse(At(share));

        var outcome = SupplyRun.Run(scenario, new StrategyId("hybrid"));

        var water = outcome.Ledger.Single();
        water.Initial.ShouldBe(Total, tolerance: 1e-9);
        Math.Abs(water.Imbalance).ShouldBeLessThan(1e-9 * Total);
        water.Consumed.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Any_share_keeps_the_total_holds_that_share_at_the_hubs_and_fills_no_depot_past_its_room()
    {
        Gen.Double[0, 1].Sample(share =>
        {
            var text = At(share.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            var scenario = TestScenarios.Parse(text);
            var stock = scenario.Strategies[0].Stock;

            scenario.Strategies[0].TotalStock(Water).Units.ShouldBe(Total, tolerance: 1e-9 * Total);
            (Held(scenario, "hub-a") + Held(scenario, "hub-b")).ShouldBe(share * Total, tolerance: 1e-9 * Total);
            foreach (var depot in scenario.Network.Depots)
            {
                Held(scenario, depot.Id.Value).ShouldBeLessThanOrEqualTo(depot.Capacity[Water].Units * (1 + 1e-12));
            }

            stock.Values.SelectMany(h => h.Values).ShouldAllBe(a => a.Units >= 0);
        }, iter: 50);
    }

    [Fact]
    public void A_share_the_hubs_cannot_hold_is_refused_at_the_share_with_the_largest_that_fits()
    {
        var text = At("1").Replace("capacity: { water: 60000 L }", "capacity: { water: 50000 L }", StringComparison.Ordinal);

        var error = ScenarioLoader.Parse(text, "share.yaml").Errors.ShouldHaveSingleItem();

        // 80,000 L central against 50,000 + 20,000 L of room: at most 70 / 80 = 0.875 fits.
        error.Code.ShouldBe(DiagnosticCodes.AboveCapacity);
        (error.Location.Line, error.Location.Column).ShouldBe((25, 20));
        error.Message.ShouldContain("80,000 L of water at its central depots, which hold at most 70,000 L: at most 0.875 fits");
    }

    [Fact]
    public void A_share_that_leaves_the_towns_more_than_they_hold_is_refused_with_the_smallest_that_fits()
    {
        var text = At("0").Replace("capacity: { water: 100000 L }", "capacity: { water: 60000 L }", StringComparison.Ordinal);

        var error = ScenarioLoader.Parse(text, "share.yaml").Errors.ShouldHaveSingleItem();

        // 80,000 L for the towns against 15,000 + 60,000 L of room: the share must be at least
        // 1 − 75 / 80 = 0.0625, rounded up to thousandths.
        error.Code.ShouldBe(DiagnosticCodes.AboveCapacity);
        error.Message.ShouldContain("which hold at most 75,000 L: it must be at least 0.063");
    }

    [Theory]
    [InlineData("1.5", DiagnosticCodes.OutOfUnitInterval)]
    [InlineData("-0.1", DiagnosticCodes.OutOfUnitInterval)]
    [InlineData("half", DiagnosticCodes.WrongType)]
    public void A_share_outside_zero_to_one_gets_a_diagnostic_at_its_position(string share, string code)
    {
        var error = ScenarioLoader.Parse(At(share), "share.yaml").Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(code);
        (error.Location.Line, error.Location.Column).ShouldBe((25, 20));
    }

    [Fact]
    public void A_distributed_strategy_has_no_central_share()
    {
        var text = At("0.5").Replace("kind: hybrid", "kind: distributed", StringComparison.Ordinal).Replace("    hubs: [hub-a, hub-b]\n", string.Empty, StringComparison.Ordinal);

        var error = ScenarioLoader.Parse(text, "share.yaml").Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCodes.Conflict);
        error.Message.ShouldContain("central_share applies to centralised and hybrid strategies");
    }
}
