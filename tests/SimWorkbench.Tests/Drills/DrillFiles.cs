using SimWorkbench.Drills;

namespace SimWorkbench.Tests.Drills;

/// <summary>A small world for drills, written to a temporary folder with a drill and its orders beside it.</summary>
internal sealed class DrillFiles : IDisposable
{
    // A reserve 1.5 h by road from a town, a farm 1 h beyond the town, an island no link reaches,
    // and a spare depot with no vehicles. The reserve loads 10 t/h and has one 5 t truck; the
    // town's local depot has a van. A flood (certain to close the lane) waits for the trainer.
    public const string Scenario = """
        name: Drill world
        horizon: 2d
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
          - { id: farm, location: { lat: 10.0, lon: 19.5 }, population: 1000 }
          - { id: island, location: { lat: 11.0, lon: 21.0 }, population: 1000 }
        depots:
          - { id: reserve, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 10 t/h, capacity: { water: 100000 L } }
          - { id: spare, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 10 t/h, capacity: { water: 100000 L } }
          - { id: local-town, tier: local, city: town, loading: 10 t/h, capacity: { water: 1500 L } }
        links:
          - { id: road, from: reserve, to: town, mode: road, length: 60 km, travel_time: 1.5h, repair_time: 2d }
          - { id: spare-road, from: spare, to: town, mode: road, length: 60 km, travel_time: 1.5h, repair_time: 2d }
          - { id: lane, from: town, to: farm, mode: road, length: 20 km, travel_time: 1h, repair_time: 2d }
        fleets:
          - { id: truck, depot: reserve, mode: road, vehicles: 1, payload: 5 t, speed: 40 km/h }
          - { id: van, depot: local-town, mode: road, vehicles: 1, payload: 1 t, speed: 40 km/h }
        hazards:
          - id: lane-flood
            kind: flood
            onset: 1d
            duration: 1h
            intensity: 1
            targets: [lane]
            fragility: [{ element: road, median: 0.01, beta: 0.1 }]
        strategies:
          - { id: central, kind: centralised, stock: { reserve: { water: 100000 L }, spare: { water: 100 L } }, fleets: [truck, van] }
        """;

    public const string Drill = """
        name: Test drill
        scenario: world.yaml
        strategy: central
        end: 12h
        roles:
          - { id: cell, name: Supply cell }
        injects:
          - id: I1
            at: 0h
            kind: message
            to: cell
            text: Start.
            expect:
              - { id: water-town, text: water reaches the town within 2 h, city: town, commodity: water, amount: 1000 L, within: 2h }
              - { id: water-farm, text: water reaches the farm within 1 h, city: farm, commodity: water, amount: 1000 L, within: 1h }
          - id: C1
            if_missed: water-farm
            kind: message
            to: cell
            text: The farm has had nothing.
          - id: I2
            at: 2h
            kind: hazard
            hazard: lane-flood
            text: The lane floods.
          - id: I3
            at: 4h
            kind: decision_point
            text: What now?
        """;

    public DrillFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "simwb-drill-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "world.yaml"), Scenario);
    }

    public string Folder { get; }

    /// <summary>Writes a drill file (the test drill by default) and returns its path.</summary>
    public string WriteDrill(string yaml = Drill) => Write("drill.yaml", yaml);

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Loads the test drill; fails the test on any error.</summary>
    public Drill LoadDrill()
    {
        var loaded = DrillLoader.Load(WriteDrill());
        loaded.Diagnostics.ShouldBeEmpty();
        return loaded.Drill.ShouldNotBeNull();
    }

    /// <summary>Loads orders written as the body of an <c>orders:</c> list; fails the test on any error.</summary>
    public IReadOnlyList<DrillOrder> LoadOrders(Drill drill, string orders)
    {
        var loaded = DrillLoader.LoadOrders(Write("orders.yaml", "orders:\n" + orders), drill);
        loaded.Diagnostics.ShouldBeEmpty();
        return loaded.Orders.ShouldNotBeNull();
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
