using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Tests.Supply;

public sealed class ForecastsTests
{
    private static readonly StrategyId Central = new("central");

    // A reserve of 100,000 L and a town (1,000 people, 625 L/h) 2 h away by the one road. A flood
    // forecast 2 d ahead (at t = 0) strikes the town and the road at 48 h and closes the road for
    // good (intensity 5 against a median of 0.01: P(damage) = 1). The reserve loads 100 t/h onto 5
    // trucks of 10 t. PRE is replaced by the strategy's pre-positioning, or nothing.
    private const string Forecast = """
        name: Forecast
        horizon: 6d
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
          - { id: hamlet, location: { lat: 12.0, lon: 22.0 }, population: 1000 }
        depots:
          - { id: reserve, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 100 t/h, capacity: { water: 1000000 L } }
        links:
          - { id: road, from: reserve, to: town, mode: road, length: 80 km, travel_time: 2h, repair_time: 30d }
          - { id: lane, from: reserve, to: hamlet, mode: road, length: 80 km, travel_time: 2h, repair_time: 30d }
        fleets:
          - { id: trucks, depot: reserve, mode: road, vehicles: 5, payload: 10 t, speed: 40 km/h }
        hazards:
          - id: flood
            kind: flood
            onset: 2d
            warning: 2d
            targets: [town, road]
            intensity: 5
            fragility: [{ element: road, median: 0.01, beta: 0.1 }]
        strategies:
          - { id: central, kind: centralised, stock: { reserve: { water: 100000 L } } PRE }
        """;

    private static RunOutcome Run(string pre) =>
        SupplyRun.Run(TestScenarios.Parse(Forecast.Replace("PRE", pre, StringComparison.Ordinal)), Central);

    private static double ServedFrom(RunOutcome outcome, int city, int hour) => outcome.Served.Of(city, 0).ToArray().Skip(hour).Sum();

    [Fact]
    public void Pre_positioning_moves_its_share_to_the_threatened_city_before_onset()
    {
        var outcome = Run(", pre_positioning: { share: 0.5, minimum_warning: 24h }");

        // At the warning (t = 0) half the reserve, 50,000 L, goes to the town, the only city the
        // flood targets: five loads of 10,000 L, the first loaded in 0.1 h and 2 h on the road, the
        // last (the trucks come back after 4 h) well before onset.
        var toTown = outcome.Deliveries.Where(d => d.City.Value == "town").ToArray();
        var early = toTown.Where(d => d.Amount.Units == 10_000).ToArray();
        early.Sum(d => d.Amount.Units).ShouldBe(0.5 * 100_000);
        early.ShouldAllBe(d => d.TimeHours < 48);
        toTown.ShouldAllBe(d => d.TimeHours < 48);
        outcome.Deliveries.ShouldContain(d => d.City.Value == "hamlet");
    }

    [Fact]
    public void Pre_positioning_improves_service_after_onset_against_the_same_strategy_without_it()
    {
        var with = Run(", pre_positioning: { share: 0.5, minimum_warning: 24h }");
        var without = Run("");

        // Without it, the town holds at the closure at most what one allocation asks for: need for
        // ceil(6 h period + 0.1 h loading + 2 h road) = 9 h, 5,625 L, all it can eat after onset.
        without.Ledger[0].Imbalance.ShouldBe(0, tolerance: 1e-9);
        ServedFrom(without, 0, 48).ShouldBeLessThanOrEqualTo(9 * 625 + 1e-6);
        // With it, 50,000 L arrived before onset and the allocator sent nothing while the town's own
        // stock covered its need: after 48 h of 625 L at least 50,000 − 30,000 = 20,000 L are left.
        ServedFrom(with, 0, 48).ShouldBeGreaterThanOrEqualTo(50_000 - (48 * 625) - 1e-6);
        var fillWith = with.Served.Of(0, 0).ToArray().Sum() / with.Need.Of(0, 0).ToArray().Sum();
        var fillWithout = without.Served.Of(0, 0).ToArray().Sum() / without.Need.Of(0, 0).ToArray().Sum();
        fillWith.ShouldBeGreaterThan(fillWithout);
    }

    [Fact]
    public void A_warning_shorter_than_the_minimum_moves_nothing()
    {
        var outcome = Run(", pre_positioning: { share: 0.5, minimum_warning: 3d }");

        outcome.Deliveries.ShouldNotContain(d => d.Amount.Units == 10_000);
    }

    [Fact]
    public void River_flood_pre_positions_two_fifths_of_the_regional_water_before_the_flood()
    {
        var outcome = SupplyRun.Run(TestScenarios.Example("river-flood.yaml"), new StrategyId("centralised"));

        // The flood (onset 3 d) is forecast at the start; every town is within its 30 km radius. The
        // high-ground depot sends 0.4 of its 20,000,000 L at once. No town needs water before its
        // utilities fail at onset, so every load before then is pre-positioning: 8,676 t in all
        // (water, 1.2 M rations of 0.55 kg, 360 kits of 45 kg) load in 43.4 h at 200 t/h, and the
        // towns are at most 2 h from the depot, all well before 72 h.
        var beforeOnset = outcome.Deliveries.Where(d => d.TimeHours < 72 && d.Commodity.Value == "water").Sum(d => d.Amount.Units);
        beforeOnset.ShouldBe(0.4 * 20_000_000, tolerance: 1e-3);
    }
}
