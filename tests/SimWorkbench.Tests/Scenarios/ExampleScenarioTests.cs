using SimWorkbench.Network;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;

namespace SimWorkbench.Tests.Scenarios;

/// <summary>The example scenarios and what-ifs in scenarios/ load clean, and the what-ifs change exactly what they say.</summary>
public sealed class ExampleScenarioTests
{
    private static readonly ScenarioLoadOptions Options = new() { Root = RepositoryFiles.Scenarios };

    public static TheoryData<string> Examples => [.. RepositoryFiles.ExampleScenarios];

    [Fact]
    public void The_examples_include_the_four_scenarios_and_three_what_ifs()
    {
        RepositoryFiles.ExampleScenarios.ShouldBe(
        [
            "metro-earthquake.yaml", "pandemic-surge.yaml", "river-flood.yaml", "typhoon-coast.yaml",
            "what-if/bridge-down.yaml", "what-if/reserve-to-districts.yaml", "what-if/second-fleet.yaml",
        ], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_loads_without_errors_or_warnings(string file)
    {
        var result = Load(file);

        result.Diagnostics.ShouldBeEmpty();
        result.Scenario.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_prices_its_commodities_and_fleets_and_gives_bounded_deprivation_costs(string file)
    {
        var scenario = Load(file).Scenario!;

        scenario.Currency.Code.ShouldBe("USD");
        scenario.Commodities.ShouldAllBe(c => c.UnitCost.PerUnit > 0 && c.HoldingCost.PerHour > 0 && c.DeprivationCost.LimitHours <= 72);
        scenario.Network.Fleets.ShouldAllBe(f => f.CostPerKm.PerKilometre > 0);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_compares_at_least_two_strategies_over_a_positive_horizon(string file)
    {
        var scenario = Load(file).Scenario!;

        scenario.Strategies.Count.ShouldBeGreaterThanOrEqualTo(2);
        scenario.Horizon.Hours.ShouldBeGreaterThan(0);
        scenario.Hazards.ShouldNotBeEmpty();
    }

    [Fact]
    public void Metro_earthquake_has_a_dozen_districts_a_national_reserve_bridges_rail_and_a_mountain_pass()
    {
        var scenario = Load("metro-earthquake.yaml").Scenario!;

        scenario.Network.Cities.Count.ShouldBe(12);
        scenario.Network.Depots.Count(d => d.Tier == DepotTier.National).ShouldBe(1);
        scenario.Network.Depots.Count(d => d.Tier == DepotTier.Regional).ShouldBe(3);
        scenario.Network.Links.ShouldContain(l => l.Kind == LinkKind.Bridge);
        scenario.Network.Links.ShouldContain(l => l.Kind == LinkKind.MountainPass);
        scenario.Network.Links.ShouldContain(l => l.Mode == LinkMode.Rail);
        scenario.Horizon.Days.ShouldBe(90);
        scenario.Strategies.Select(s => s.Kind).ShouldBe([StrategyKind.Centralised, StrategyKind.Distributed, StrategyKind.Hybrid]);
    }

    [Fact]
    public void Metro_earthquake_reads_water_need_as_the_Sphere_minimum()
    {
        var scenario = Load("metro-earthquake.yaml").Scenario!;
        var water = scenario.Commodities.Single(c => c.Id.Value == "water");

        water.Need.UnitsPerPersonPerDay.ShouldBe(15);
        scenario.Network.Cities.ShouldAllBe(c => c.Need[water.Id].UnitsPerPersonPerDay == 15);
    }

    [Fact]
    public void Bridge_down_closes_the_bay_bridge_and_keeps_the_rest_of_it()
    {
        var bridge = Load("what-if/bridge-down.yaml").Scenario!.Network.Links.Single(l => l.Id.Value == "bay-bridge");

        bridge.InitialState.ShouldBe(LinkState.Closed);
        bridge.RepairTime.Days.ShouldBe(180);
        bridge.Kind.ShouldBe(LinkKind.Bridge);            // from the base
        bridge.Length.Kilometres.ShouldBe(10);
    }

    [Fact]
    public void Reserve_to_districts_moves_thirty_percent_of_the_national_water_and_keeps_the_total()
    {
        var baseline = Load("metro-earthquake.yaml").Scenario!.Strategies[0];
        var moved = Load("what-if/reserve-to-districts.yaml").Scenario!.Strategies[0];
        var water = new Commodities.CommodityId("water");
        var national = new DepotId("national-reserve");

        moved.Stock[national][water].Units.ShouldBe(0.7 * baseline.Stock[national][water].Units);
        moved.TotalStock(water).ShouldBe(baseline.TotalStock(water));
        moved.Stock.Count.ShouldBe(baseline.Stock.Count + 12);   // the twelve local depots join
    }

    [Fact]
    public void Second_fleet_gives_every_strategy_the_army_trucks()
    {
        var scenario = Load("what-if/second-fleet.yaml").Scenario!;

        scenario.Network.Fleets.ShouldContain(f => f.Id.Value == "army-trucks" && f.Vehicles == 100);
        scenario.Strategies.ShouldAllBe(s => s.Fleets.Contains(new FleetId("army-trucks")));
    }

    private static ScenarioLoadResult Load(string file) =>
        ScenarioLoader.Load(Path.Combine(RepositoryFiles.Scenarios, file), Options);
}
