using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Tests.Runs;

public sealed class SupplyRunTests
{
    private static readonly StrategyId Central = new("central");

    // One town of 1,000 people needing 15 L/person/d (d = 15,000 L/d = 625 L/h), holding
    // S = 40,100 L in its local depot; the reserve holds plenty but no link joins it to the town.
    private const string CutOff = """
        name: Cut off
        horizon: 10d
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
        depots:
          - { id: reserve, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 100 t/h, capacity: { water: 1000000 L } }
          - { id: local-town, tier: local, city: town, loading: 10 t/h, capacity: { water: 50000 L } }
        fleets:
          - { id: trucks, depot: reserve, mode: road, vehicles: 5, payload: 10 t, speed: 40 km/h }
        strategies:
          - id: central
            kind: centralised
            stock: { reserve: { water: 1000000 L }, local-town: { water: 40100 L } }
        """;

    // A reserve and a town joined by one road of L = 1.5 h; 10 trucks of 5 t (ample); the reserve
    // loads 20 t/h. The town (1,000 people, 625 L/h) holds nothing at first.
    private const string OneRoad = """
        name: One road
        horizon: 2d
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: POPULATION }
        depots:
          - { id: reserve, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 20 t/h, capacity: { water: 1000000 L } }
        links:
          - { id: road, from: reserve, to: town, mode: road, length: 60 km, travel_time: 1.5h, repair_time: 2d }
        fleets:
          - { id: trucks, depot: reserve, mode: road, vehicles: 10, payload: 5 t, speed: 40 km/h }
        strategies:
          - { id: central, kind: centralised, allocation_period: 6h, stock: { reserve: { water: 1000000 L } } }
        """;

    [Fact]
    public void A_cut_off_city_is_served_for_S_over_d_days_then_unmet_need_accrues_at_d_per_day()
    {
        var outcome = SupplyRun.Run(TestScenarios.Parse(CutOff), Central);

        const double perHour = 1000 * 15.0 / 24;     // 625 L/h
        const double survivesHours = 40_100 / perHour; // S/d = 64.16 h
        var need = outcome.Need.Of(0, 0).ToArray();
        var served = outcome.Served.Of(0, 0).ToArray();
        need.ShouldAllBe(n => Math.Abs(n - perHour) < 1e-9);
        var firstShort = Array.FindIndex(served, s => s < perHour - 1e-9);
        firstShort.ShouldBe(64);                                      // hours 0..63 in full
        Math.Abs(firstShort - survivesHours).ShouldBeLessThan(1.0);  // the crossing, within an hour
        served[64].ShouldBe(40_100 - (64 * perHour), tolerance: 1e-9); // the last 100 L
        served.Skip(65).ShouldAllBe(s => s == 0);
        // From day 4 on nothing is served: unmet need grows by d = 15,000 L a day.
        var unmetDay5 = (24 * perHour) - served.Skip(96).Take(24).Sum();
        unmetDay5.ShouldBe(15_000, tolerance: 1e-9);
        outcome.Deliveries.ShouldBeEmpty();
        outcome.VehicleKilometres.ShouldBe(0);
    }

    [Fact]
    public void The_first_delivery_arrives_after_loading_plus_the_links_travel_time()
    {
        var outcome = SupplyRun.Run(TestScenarios.Parse(OneRoad.Replace("POPULATION", "1000", StringComparison.Ordinal)), Central);

        // At t = 0 the town lacks its need for every hour that starts before the next decision's load
        // can arrive: the lead is a full 5 t load at 20 t/h (0.25 h) plus 1.5 h of road, so
        // ceil(6 h + 1.75 h) = 8 hours of 625 L: 5,000 L = 5 t, one full payload.
        const double load = 625 * 8;
        const double loadingHours = load / 1000 / 20;  // t / (t/h)
        var first = outcome.Deliveries[0];
        first.Amount.Units.ShouldBe(load, tolerance: 1e-9);
        first.TimeHours.ShouldBe(loadingHours + 1.5, tolerance: 1e-12);
        // Nothing teleports: the town has nothing to serve until the load is in.
        outcome.Served[0, 0, 0].ShouldBe(0);
        outcome.Served[0, 0, 1].ShouldBe(0);
        outcome.Served[0, 0, 2].ShouldBe(625, tolerance: 1e-9);
        // Each trip drives the 60 km road out and back.
        outcome.VehicleKilometres.ShouldBe(outcome.Deliveries.Count * 120.0);
    }

    [Fact]
    public void Loads_larger_than_a_vehicle_are_split_and_loaded_one_after_another_at_the_depots_rate()
    {
        var outcome = SupplyRun.Run(TestScenarios.Parse(OneRoad.Replace("POPULATION", "10000", StringComparison.Ordinal)), Central);

        // 6,250 L/h × ceil(6 h + 0.25 h + 1.5 h) = 50,000 L: ten full loads of 5,000 L (0.25 h each
        // at 20 t/h), loaded one after another, each 1.5 h on the road.
        var firstPeriod = outcome.Deliveries.Where(d => d.TimeHours < 6).ToArray();
        firstPeriod.Select(d => d.Amount.Units).ShouldBe([.. Enumerable.Repeat(5000.0, 10)]);
        for (var k = 0; k < 10; k++)
        {
            firstPeriod[k].TimeHours.ShouldBe(((k + 1) * 0.25) + 1.5, tolerance: 1e-12);
        }
    }

    [Fact]
    public void With_the_direct_road_closed_deliveries_take_the_longer_detour()
    {
        var scenario = TestScenarios.Parse(OneRoad.Replace("POPULATION", "1000", StringComparison.Ordinal)
            .Replace("repair_time: 2d }", "repair_time: 30d, state: closed }\n  - { id: detour-1, from: reserve, to: village, mode: road, length: 50 km, travel_time: 2h, repair_time: 2d }\n  - { id: detour-2, from: village, to: town, mode: road, length: 40 km, travel_time: 1h, repair_time: 2d }", StringComparison.Ordinal)
            .Replace("cities:\n", "cities:\n  - { id: village, location: { lat: 10.2, lon: 20.2 }, population: 1 }\n", StringComparison.Ordinal));

        var outcome = SupplyRun.Run(scenario, Central);

        // The town's load as before, 625 L/h × (6 h + 3 h of detour) = 5,625 L: more than a 5 t
        // truck, so 5,000 L first (0.25 h loading) then the rest. The village (1 person) comes first
        // in the file and its small load goes first.
        var toTown = outcome.Deliveries.Where(d => d.City.Value == "town").ToArray();
        var villageLoadHours = outcome.Deliveries.First(d => d.City.Value == "village").Amount.Units / 1000 / 20;
        toTown[0].Amount.Units.ShouldBe(5000, tolerance: 1e-9);
        toTown[0].TimeHours.ShouldBe(villageLoadHours + 0.25 + 2 + 1, tolerance: 1e-12);
        outcome.VehicleKilometres.ShouldBeGreaterThanOrEqualTo(2 * 90.0);
    }

    [Fact]
    public void Metro_earthquake_conserves_supplies_over_its_horizon_and_the_same_seed_gives_the_same_run()
    {
        var scenario = TestScenarios.Example("metro-earthquake.yaml");
        var strategy = new StrategyId("centralised");

        var first = SupplyRun.Run(scenario, strategy);
        var second = SupplyRun.Run(scenario, strategy);

        first.HorizonHours.ShouldBe(90 * 24);
        foreach (var line in first.Ledger)
        {
            Math.Abs(line.Imbalance).ShouldBeLessThan(1e-9 * line.Initial);
            line.Initial.ShouldBe(scenario.Strategies[0].TotalStock(line.Commodity).Units, tolerance: 1e-6);
        }

        first.Deliveries.ShouldNotBeEmpty();
        second.Deliveries.ShouldBe(first.Deliveries);
        second.VehicleKilometres.ShouldBe(first.VehicleKilometres);
        second.Seed.ShouldBe(first.Seed);
        for (var city = 0; city < first.Cities.Count; city++)
        {
            for (var c = 0; c < first.Commodities.Count; c++)
            {
                second.Served.Of(city, c).SequenceEqual(first.Served.Of(city, c)).ShouldBeTrue();
                second.Need.Of(city, c).SequenceEqual(first.Need.Of(city, c)).ShouldBeTrue();
            }
        }
    }

    [Fact]
    public void Metro_earthquake_conserves_supplies_when_the_districts_hold_the_stock()
    {
        var scenario = TestScenarios.Example("metro-earthquake.yaml");

        var outcome = SupplyRun.Run(scenario, new StrategyId("distributed"));

        // The districts' stock is their own; what moves is mutual aid and the suppliers' deliveries
        // at the national reserve (lead time 3 d after the shock), which the trains bring in.
        outcome.Ledger.ShouldAllBe(line => line.Procured > 0 && Math.Abs(line.Imbalance) < 1e-9 * (line.Initial + line.Procured));
        outcome.Deliveries.ShouldContain(d => d.TimeHours > 6 + 72);
    }

    [Fact]
    public void A_ledger_that_does_not_balance_names_the_commodity_and_its_figures()
    {
        var ledger = new StockLedger(new("water"), Initial: 100, Procured: 0, Consumed: 60, InStock: 30, InTransit: 5, Lost: 0);

        var error = Should.Throw<InvalidOperationException>(ledger.EnsureBalanced);

        error.Message.ShouldContain("'water'");
        error.Message.ShouldContain("off by 5");
    }
}
