using System.Globalization;
using Plotly.NET;
using SimWorkbench.Network;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Charts;

/// <summary>
/// The network on longitude and latitude: cities sized by population, depots, and links coloured by
/// their state at chosen times, with a slider to move between the times.
/// </summary>
internal static class NetworkChart
{
    private static readonly LinkState[] States = [LinkState.Open, LinkState.Degraded, LinkState.Closed];

    public static GenericChart Build(ComparisonResult result, int strategy, IReadOnlyList<double>? atHours)
    {
        var network = result.Scenario.Network;
        var horizon = result.Scenario.Horizon.Hours;
        var run = result.Runs[strategy][0];
        var times = (atHours ?? DefaultTimes(run, horizon)).Where(t => t >= 0 && t <= horizon).Distinct().Order().ToArray();
        if (times.Length == 0)
        {
            throw new ArgumentException($"No time in [0, {horizon}] h to draw the network at.", nameof(atHours));
        }

        var positions = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var city in network.Cities)
        {
            positions[city.Node.Value] = city.Location;
        }

        foreach (var depot in network.Depots.Where(d => d.City is null))
        {
            positions[depot.Node.Value] = depot.Location;
        }

        var figure = new Figure($"The network and its link states over time ({result.Strategies[strategy]}, replication {run.Replication})", 700);
        var steps = new List<Dictionary<string, object?>>();
        var perTime = new List<int[]>();
        var snapshots = times.Select(t => StatesAt(network, run.LinkChanges, t)).ToArray();

        // Open at the first time with damage, so that the chart shows closures before the slider is touched.
        var first = Math.Max(0, Array.FindIndex(snapshots, states => network.Links.Any(l => states[l.Id] != LinkState.Open)));
        for (var i = 0; i < times.Length; i++)
        {
            var indices = new int[States.Length];
            for (var k = 0; k < States.Length; k++)
            {
                indices[k] = figure.TraceCount;
                AddLinks(figure, network, positions, snapshots[i], States[k], visible: i == first, label: Hazards.Word(States[k]));
            }

            perTime.Add(indices);
        }

        AddCities(figure, network);
        AddDepots(figure, network);
        var total = figure.TraceCount;
        for (var i = 0; i < times.Length; i++)
        {
            var visible = new bool[total];
            for (var k = perTime[^1][^1] + 1; k < total; k++)
            {
                visible[k] = true;
            }

            foreach (var index in perTime[i])
            {
                visible[index] = true;
            }

            steps.Add(new Dictionary<string, object?>
            {
                ["label"] = Label(times[i]),
                ["method"] = "restyle",
                ["args"] = new object[] { new Dictionary<string, object?> { ["visible"] = visible } },
            });
        }

        figure.Set("sliders", new[]
        {
            new Dictionary<string, object?>
            {
                ["active"] = first,
                ["steps"] = steps,
                ["currentvalue"] = new Dictionary<string, object?> { ["prefix"] = "link states at " },
                ["pad"] = new Dictionary<string, object?> { ["t"] = 40 },
            },
        });
        var meanLatitude = positions.Values.Average(p => p.Latitude);
        figure.XAxis(0, ("title", new Dictionary<string, object?> { ["text"] = "longitude" }));
        figure.YAxis(0, ("title", new Dictionary<string, object?> { ["text"] = "latitude" }), ("scaleanchor", "x"), ("scaleratio", 1 / Math.Cos(meanLatitude * Math.PI / 180)));
        figure.Set("legend", new Dictionary<string, object?> { ["orientation"] = "h", ["y"] = 1.02, ["yanchor"] = "bottom" });
        return figure.ToChart();
    }

    /// <summary>The start, the onset of each of the scenario's hazards, days 1, 3, 7, 14 and 30, and the horizon.</summary>
    private static double[] DefaultTimes(RunMetrics run, double horizon) =>
        [0, .. run.Hazards.Where(h => h.Generation == 0).Select(h => h.OnsetHours), 24, 72, 168, 336, 720, horizon];

    private static string Label(double hours) =>
        hours % 24 == 0 ? string.Create(CultureInfo.InvariantCulture, $"day {hours / 24:0}") : string.Create(CultureInfo.InvariantCulture, $"{hours:0.#} h");

    /// <summary>Each link's state at a time: its initial state, then every change up to and including that time.</summary>
    internal static Dictionary<LinkId, LinkState> StatesAt(RegionNetwork network, IReadOnlyList<LinkStateChange> changes, double hours)
    {
        var states = network.Links.ToDictionary(l => l.Id, l => l.InitialState);
        foreach (var change in changes)
        {
            if (change.TimeHours <= hours)
            {
                states[change.Link] = change.State;
            }
        }

        return states;
    }

    private static void AddLinks(Figure figure, RegionNetwork network, Dictionary<string, GeoPoint> positions, Dictionary<LinkId, LinkState> states, LinkState state, bool visible, string label)
    {
        var x = new List<double?>();
        var y = new List<double?>();
        var text = new List<string?>();
        foreach (var link in network.Links.Where(l => states[l.Id] == state))
        {
            var from = positions[link.From.Value];
            var to = positions[link.To.Value];
            x.AddRange([from.Longitude, (from.Longitude + to.Longitude) / 2, to.Longitude, null]);
            y.AddRange([from.Latitude, (from.Latitude + to.Latitude) / 2, to.Latitude, null]);
            var name = $"{link.Id} ({Hazards.Word(link.Mode)}): {label}";
            text.AddRange([name, name, name, null]);
        }

        figure.Add("scatter", new()
        {
            ["x"] = x,
            ["y"] = y,
            ["text"] = text,
            ["mode"] = "lines",
            ["name"] = label + " links",
            ["legendgroup"] = label,
            ["visible"] = visible,
            ["line"] = new Dictionary<string, object?>
            {
                ["color"] = state switch { LinkState.Open => Palette.Open, LinkState.Degraded => Palette.Degraded, _ => Palette.Closed },
                ["width"] = state == LinkState.Open ? 2 : 4,
                ["dash"] = state == LinkState.Closed ? "dot" : "solid",
            },
            ["hoverinfo"] = "text",
        });
    }

    private static void AddCities(Figure figure, RegionNetwork network)
    {
        var largest = network.Cities.Max(c => c.Population);
        figure.Add("scatter", new()
        {
            ["x"] = network.Cities.Select(c => c.Location.Longitude).ToArray(),
            ["y"] = network.Cities.Select(c => c.Location.Latitude).ToArray(),
            ["text"] = network.Cities.Select(c => System.Net.WebUtility.HtmlEncode(c.Name)).ToArray(),
            ["customdata"] = network.Cities.Select(c => c.Population).ToArray(),
            ["mode"] = "markers+text",
            ["textposition"] = "top center",
            ["name"] = "cities (size: population)",
            ["marker"] = new Dictionary<string, object?>
            {
                ["size"] = network.Cities.Select(c => 8 + (22 * Math.Sqrt((double)c.Population / largest))).ToArray(),
                ["color"] = Palette.City,
                ["opacity"] = 0.8,
            },
            ["hovertemplate"] = "%{text}: %{customdata:,} people<extra></extra>",
        });
    }

    private static void AddDepots(Figure figure, RegionNetwork network)
    {
        figure.Add("scatter", new()
        {
            ["x"] = network.Depots.Select(d => d.Location.Longitude).ToArray(),
            ["y"] = network.Depots.Select(d => d.Location.Latitude).ToArray(),
            ["text"] = network.Depots.Select(d => System.Net.WebUtility.HtmlEncode($"{d.Name} ({Hazards.Word(d.Tier)})")).ToArray(),
            ["mode"] = "markers",
            ["name"] = "depots",
            ["marker"] = new Dictionary<string, object?>
            {
                ["symbol"] = "square",
                ["size"] = network.Depots.Select(d => d.Tier switch { DepotTier.National => 16, DepotTier.Regional => 12, _ => 7 }).ToArray(),
                ["color"] = Palette.Depot,
                ["line"] = new Dictionary<string, object?> { ["color"] = "white", ["width"] = 1 },
            },
            ["hovertemplate"] = "%{text}<extra></extra>",
        });
    }
}
