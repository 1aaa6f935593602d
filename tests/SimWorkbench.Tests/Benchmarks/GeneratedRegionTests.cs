using SimWorkbench.Benchmarks;
using SimWorkbench.Network;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;

namespace SimWorkbench.Tests.Benchmarks;

public sealed class GeneratedRegionTests
{
    [Fact]
    public void The_same_arguments_give_the_same_text_and_another_seed_another_region()
    {
        GeneratedRegion.Yaml(100, days: 30).ShouldBe(GeneratedRegion.Yaml(100, days: 30));
        GeneratedRegion.Yaml(100, days: 30, seed: 2).ShouldNotBe(GeneratedRegion.Yaml(100, days: 30));
    }

    [Fact]
    public void A_region_loads_with_no_diagnostic_at_all()
    {
        // No error, and no warning either: the strategies are at parity and every city is reachable.
        var loaded = ScenarioLoader.Parse(GeneratedRegion.Yaml(100, days: 30), "generated.yaml");

        loaded.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_region_of_100_cities_has_three_links_per_city_and_twenty_depots()
    {
        var network = GeneratedRegion.Create(100, days: 30).Network;

        // A 10 x 10 grid: 9 x 10 east roads + 10 x 9 south + 9 x 9 south-east = 261, then 39 of the
        // 81 south-west diagonals make 300 = 3 per city; and the reserve's access road.
        network.Cities.Count.ShouldBe(100);
        network.Links.Count.ShouldBe((3 * 100) + 1);
        network.Depots.Count.ShouldBe(20);
        network.Depots.Count(d => d.Tier == DepotTier.National).ShouldBe(1);
        network.Depots.Count(d => d.Tier == DepotTier.Regional).ShouldBe(4);
        network.Depots.Count(d => d.Tier == DepotTier.Local).ShouldBe(15);
        network.Links.ShouldContain(l => l.Kind == LinkKind.Bridge);
    }

    [Fact]
    public void Every_strategy_holds_ten_days_of_everyone_s_need()
    {
        var scenario = GeneratedRegion.Create(100, days: 30);
        var people = scenario.Network.Cities.Sum(c => c.Population);

        foreach (var strategy in scenario.Strategies)
        {
            // 15 L per person per day for 10 days (populations are whole people, so exact).
            strategy.TotalStock(new("water")).Units.ShouldBe(10 * 15 * people);
        }
    }

    [Fact]
    public void Every_strategy_conserves_supplies_and_repeats_exactly_at_100_cities()
    {
        var scenario = GeneratedRegion.Create(100, days: 20);

        foreach (var strategy in scenario.Strategies)
        {
            var first = SupplyRun.Run(scenario, strategy.Id, replication: 1);
            var second = SupplyRun.Run(scenario, strategy.Id, replication: 1);

            foreach (var ledger in first.Ledger)
            {
                // Initial + procured = consumed + in stock + in transit + lost, to rounding.
                Math.Abs(ledger.Imbalance).ShouldBeLessThan(1e-9 * ledger.Initial);
            }

            first.Deliveries.Count.ShouldBe(second.Deliveries.Count);
            first.VehicleKilometres.ShouldBe(second.VehicleKilometres);
            for (var city = 0; city < first.Cities.Count; city++)
            {
                second.Served.Of(city, 0).SequenceEqual(first.Served.Of(city, 0)).ShouldBeTrue();
            }
        }
    }

    [Fact]
    public void Too_few_cities_for_the_depots_is_a_programmer_error()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => GeneratedRegion.Yaml(GeneratedRegion.MinimumCities - 1));
    }
}
