using SimWorkbench.Quantities;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.WhatIf;

namespace SimWorkbench.Reporting.Tests;

/// <summary>
/// A comparison small enough to reason about by hand: one town of 1,000 people needing 15 L per
/// person per day (625 L/h, 30,000 L over the 2-day horizon), at parity. The distributed strategy
/// keeps 40,000 L in town and meets all need; the centralised one keeps 4,000 L in town and ships
/// the rest from a reserve one road away, also meeting all need. The what-if closes that road for
/// longer than the horizon: the centralised town then has only its 4,000 L (fill rate 4/30).
/// </summary>
internal static class SmallComparison
{
    public const int Replications = 3;

    public const string Yaml = """
        name: Parity
        horizon: 2d
        replications: 3
        seed: 7
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
        depots:
          - { id: reserve, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 1000 t/h, capacity: { water: 1000000 L } }
          - { id: local-town, tier: local, city: town, loading: 1000 t/h, capacity: { water: 50000 L } }
        links:
          - { id: road, from: reserve, to: town, mode: road, length: 60 km, travel_time: 1h, repair_time: 2d }
        fleets:
          - { id: trucks, depot: reserve, mode: road, vehicles: 10, payload: 5 t, speed: 60 km/h }
        strategies:
          - { id: centralised, kind: centralised, allocation_period: 6h, stock: { reserve: { water: 36000 L }, local-town: { water: 4000 L } } }
          - { id: distributed, kind: distributed, stock: { local-town: { water: 40000 L } } }
        """;

    public static Scenario Scenario { get; } = ScenarioLoader.Parse(Yaml, "parity.yaml").Scenario!;

    public static Scenario RoadClosed { get; } = Scenario.WithLinkClosed("road", reopensAfter: Duration.FromDays(5)) with { Name = "Road closed" };

    public static ComparisonResult Result { get; } = Comparison.Run(Scenario, new ComparisonOptions { Replications = Replications });

    public static WhatIfResult WhatIf { get; } = WhatIfComparison.Run(Scenario, RoadClosed, new ComparisonOptions { Replications = Replications });
}
