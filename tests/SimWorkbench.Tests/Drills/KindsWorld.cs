using SimWorkbench.Drills;

namespace SimWorkbench.Tests.Drills;

/// <summary>A world for the order kinds beyond dispatch, written beside the drill world of <see cref="DrillFiles"/>.</summary>
internal static class KindsWorld
{
    // A reserve 1.5 h by road from a town (one 5 t truck, loading 10 t/h, 50 000 L of 100 000 L
    // room, suppliers 10 h away); the town holds 60 000 L in its own stock and has a 2 t van; a farm
    // 0.25 h beyond the town (about 5.5 km away) holds nothing, with room for 20 000 L; a shed with
    // no room for water. Each city needs 24 L/person/d × 1000 people = 1000 L/h from the start (no
    // hazard can fail utilities). Water costs 0.5 USD/L. The "no-vans" strategy has only the truck.
    public const string Scenario = """
        name: Order kinds world
        horizon: 3d
        currency: USD
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 24 L/person/d, unit_cost: 0.5 USD/L }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
          - { id: farm, location: { lat: 10.0, lon: 20.05 }, population: 1000 }
        depots:
          - { id: reserve, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 10 t/h, capacity: { water: 100000 L }, replenishment: { lead_time: 10h, rate: { water: 1000 L/d } } }
          - { id: shed, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 10 t/h, capacity: { water: 0 L } }
          - { id: local-town, tier: local, city: town, loading: 10 t/h, capacity: { water: 100000 L } }
          - { id: local-farm, tier: local, city: farm, loading: 10 t/h, capacity: { water: 20000 L } }
        links:
          - { id: road, from: reserve, to: town, mode: road, length: 60 km, travel_time: 1.5h, repair_time: 1d }
          - { id: lane, from: town, to: farm, mode: road, length: 6 km, travel_time: 0.25h, repair_time: 1d }
        fleets:
          - { id: truck, depot: reserve, mode: road, vehicles: 1, payload: 5 t, speed: 40 km/h }
          - { id: van, depot: local-town, mode: road, vehicles: 1, payload: 2 t, speed: 40 km/h }
        strategies:
          - id: spread
            kind: distributed
            stock: { reserve: { water: 50000 L }, local-town: { water: 60000 L } }
            fleets: [truck, van]
            mutual_aid: { radius: 15 km, share: 0.5, donor_above: 1d, recipient_below: 12h }
          - id: no-vans
            kind: distributed
            stock: { reserve: { water: 50000 L }, local-town: { water: 60000 L } }
            fleets: [truck]
            mutual_aid: { radius: 15 km, share: 0.5, donor_above: 1d, recipient_below: 12h }
        """;

    /// <summary>A drill on the kinds world: a message at 0 h, a decision point at 20 h.</summary>
    public static string Drill(string strategy = "spread", string end = "2d") => $$"""
        name: Kinds drill
        scenario: kinds.yaml
        strategy: {{strategy}}
        end: {{end}}
        injects:
          - { id: K1, at: 0h, kind: message, text: Start. }
          - { id: K2, at: 20h, kind: decision_point, text: Decide. }
        """;

    /// <summary>Writes the kinds world and a drill on it into the folder and loads the drill; fails the test on any error.</summary>
    public static Drill Load(DrillFiles files, string? drill = null)
    {
        files.Write("kinds.yaml", Scenario);
        var loaded = DrillLoader.Load(files.Write("kinds-drill.yaml", drill ?? Drill()));
        loaded.Diagnostics.Where(d => d.Severity == SimWorkbench.Scenarios.Diagnostics.DiagnosticSeverity.Error).ShouldBeEmpty();
        return loaded.Drill.ShouldNotBeNull();
    }
}
