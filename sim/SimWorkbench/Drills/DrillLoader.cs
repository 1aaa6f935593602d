using SimWorkbench.Drills.Reading;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Drills;

/// <summary>
/// Loads and validates drill files and the trainees' order files. Never throws on bad input: every
/// problem is a positioned diagnostic, as for scenarios (the drill's scenario is loaded with
/// <see cref="ScenarioLoader"/>, and its diagnostics are passed on).
/// </summary>
public static class DrillLoader
{
    /// <summary>Loads the drill file at <paramref name="path"/> and the scenario it names (relative to the drill's folder).</summary>
    /// <param name="path">The drill file, as the user named it: diagnostics show it as given.</param>
    /// <returns>The drill if valid, and the diagnostics.</returns>
    public static DrillLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag();
        var (root, text) = DrillYaml.Read(path, "the drill", bag);
        string? scenarioText = null;
        var drill = root is null ? null : DrillReader.Read(root, path, bag, out scenarioText);
        return new DrillLoadResult(bag.HasErrors ? null : drill, bag.Sorted(), text) { ScenarioText = bag.HasErrors ? null : scenarioText };
    }

    /// <summary>Loads the trainees' order file at <paramref name="path"/>, checking its names against the drill's scenario.</summary>
    /// <param name="path">The order file, as the user named it.</param>
    /// <param name="drill">The drill the orders are for.</param>
    /// <returns>The orders if valid, and the diagnostics.</returns>
    public static OrdersLoadResult LoadOrders(string path, Drill drill)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(drill);
        var bag = new DiagnosticBag();
        var (root, _) = DrillYaml.Read(path, "the order file", bag);
        var orders = root is null ? null : OrderReader.Read(root, drill, bag);
        return new OrdersLoadResult(bag.HasErrors ? null : orders, bag.Sorted());
    }

    /// <summary>
    /// Reads one order as a trainee types it at the console: words such as
    /// <c>dispatch hightown-depot millford water 400 t</c>, <c>procure hightown-depot water 500 t lead 24h premium 1.5</c>,
    /// <c>mutual_aid 24h</c>, <c>reroute 3 riverbend</c>, <c>advance 6h</c> or <c>advance next</c>; or an order
    /// file's entry in YAML flow form without <c>at</c>. It is checked as an order file's entry.
    /// </summary>
    /// <param name="line">The line typed.</param>
    /// <param name="drill">The drill being played.</param>
    /// <param name="number">The number the order will have (a reroute may name only earlier ones).</param>
    /// <returns>The order if valid, and the diagnostics.</returns>
    public static OrderLineResult ReadOrderLine(string line, Drill drill, int number)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return OrderLine.Read(line, drill, number);
    }
}
