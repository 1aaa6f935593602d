using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Tests.Strategies;

public sealed class HubAllocationTests
{
    private static readonly StrategyId Hybrid = new("hybrid");

    // West hub —1 h— West town —1 h— East town —1 h— East hub, in a line. Each hub loads 100 t/h and
    // has its own 10 trucks of 10 t; only the west hub holds water. Each town has 1,000 people
    // (625 L/h) and nothing of its own. EAST-ROAD is replaced to open or close the east hub's road.
    private const string TwoHubs = """
        name: Two hubs
        horizon: 1d
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: west, location: { lat: 0.0, lon: 20.0 }, population: 1000 }
          - { id: east, location: { lat: 0.0, lon: 20.5 }, population: 1000 }
        depots:
          - { id: west-hub, tier: regional, location: { lat: 0.0, lon: 19.5 }, loading: 100 t/h, capacity: { water: 1000000 L } }
          - { id: east-hub, tier: regional, location: { lat: 0.0, lon: 21.0 }, loading: 100 t/h, capacity: { water: 1000000 L } }
        links:
          - { id: west-road, from: west-hub, to: west, mode: road, length: 40 km, travel_time: 1h, repair_time: 2d }
          - { id: middle-road, from: west, to: east, mode: road, length: 40 km, travel_time: 1h, repair_time: 2d }
          - { id: east-road, from: east-hub, to: east, mode: road, length: 40 km, travel_time: 1h, repair_time: 30dEAST-ROAD }
        fleets:
          - { id: west-trucks, depot: west-hub, mode: road, vehicles: 10, payload: 10 t, speed: 40 km/h }
          - { id: east-trucks, depot: east-hub, mode: road, vehicles: 10, payload: 10 t, speed: 40 km/h }
        strategies:
          - { id: hybrid, kind: hybrid, hubs: [west-hub, east-hub], stock: { west-hub: { water: 1000000 L } } }
        """;

    [Fact]
    public void A_hub_serves_only_the_cities_it_is_fastest_to_reach()
    {
        var outcome = SupplyRun.Run(TestScenarios.Parse(TwoHubs.Replace("EAST-ROAD", "", StringComparison.Ordinal)), Hybrid);

        // East is 1 h from the east hub and 2 h from the west one: the (empty) east hub serves it,
        // so the west hub's water goes to West alone, though it could reach East.
        outcome.Deliveries.ShouldNotBeEmpty();
        outcome.Deliveries.ShouldAllBe(d => d.City.Value == "west");
        // West's first load: 625 L/h × ceil(6 h period + 0.1 h loading + 1 h road) = 5,000 L.
        outcome.Deliveries[0].Amount.Units.ShouldBe(625 * 8, tolerance: 1e-9);
    }

    [Fact]
    public void A_city_its_own_hub_cannot_reach_is_served_by_the_hub_that_can()
    {
        var outcome = SupplyRun.Run(TestScenarios.Parse(TwoHubs.Replace("EAST-ROAD", ", state: closed", StringComparison.Ordinal)), Hybrid);

        // With the east road closed, the west hub (2 h away) is the only one that reaches East.
        var east = outcome.Deliveries.Where(d => d.City.Value == "east").ToArray();
        east.ShouldNotBeEmpty();
        // East's first load: 625 L/h × ceil(6 h + 0.1 h + 2 h) = 5,625 L, a truck of 10 t carries it.
        east[0].Amount.Units.ShouldBe(625 * 9, tolerance: 1e-9);
    }
}
