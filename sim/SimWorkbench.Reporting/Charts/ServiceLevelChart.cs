using System.Globalization;
using Plotly.NET;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Charts;

/// <summary>Q(d) per strategy with its 5–95% band, one subplot per commodity, hazards marked on the time axis.</summary>
internal static class ServiceLevelChart
{
    private static readonly double[] QRange = [0.0, 1.05];

    public static GenericChart Build(ComparisonResult result)
    {
        var commodities = result.Scenario.Commodities.Select(c => c.Id.Value).ToArray();
        var figure = new Figure("Service level Q(t): share of need met each day", 260 + (220 * commodities.Length));
        figure.Grid(commodities.Length, 1, [.. result.Scenario.Commodities.Select(c => c.Name)], shareX: true);
        for (var c = 0; c < commodities.Length; c++)
        {
            foreach (var band in result.ServiceLevels.Where(b => b.Commodity == commodities[c]))
            {
                var s = band.Strategy;
                var days = Enumerable.Range(0, band.Days.Count).Select(d => d + 0.5).ToArray();
                var name = result.Strategies[s].Value;
                var lower = figure.Add("scatter", new()
                {
                    ["x"] = days,
                    ["y"] = band.Days.Select(x => x.P5).ToArray(),
                    ["mode"] = "lines",
                    ["line"] = new Dictionary<string, object?> { ["width"] = 0 },
                    ["legendgroup"] = name,
                    ["showlegend"] = false,
                    ["hoverinfo"] = "skip",
                });
                Figure.OnSubplot(lower, c);
                var upper = figure.Add("scatter", new()
                {
                    ["x"] = days,
                    ["y"] = band.Days.Select(x => x.P95).ToArray(),
                    ["mode"] = "lines",
                    ["fill"] = "tonexty",
                    ["fillcolor"] = Palette.Band(s),
                    ["line"] = new Dictionary<string, object?> { ["width"] = 0 },
                    ["legendgroup"] = name,
                    ["showlegend"] = false,
                    ["hoverinfo"] = "skip",
                });
                Figure.OnSubplot(upper, c);
                var mean = figure.Add("scatter", new()
                {
                    ["x"] = days,
                    ["y"] = band.Days.Select(x => x.Mean).ToArray(),
                    ["mode"] = "lines",
                    ["name"] = name,
                    ["legendgroup"] = name,
                    ["showlegend"] = c == 0,
                    ["line"] = new Dictionary<string, object?> { ["color"] = Palette.Strategy(s), ["width"] = 2 },
                    ["hovertemplate"] = name + ": Q = %{y:.3f} on day %{x:.0f}<extra></extra>",
                });
                Figure.OnSubplot(mean, c);
            }

            figure.YAxis(c, ("range", QRange), ("title", new Dictionary<string, object?> { ["text"] = "Q" }));
        }

        figure.XAxis(commodities.Length - 1, ("title", new Dictionary<string, object?> { ["text"] = "day (hazards marked by dotted lines)" }));
        MarkHazards(figure, result);
        return figure.ToChart();
    }

    /// <summary>A dotted line at each hazard's onset over every subplot; the scenario's own hazards are thicker and labelled.</summary>
    private static void MarkHazards(Figure figure, ComparisonResult result)
    {
        var seen = new HashSet<(string, double)>();
        var labels = 0;
        figure.Set("margin", new Dictionary<string, object?> { ["t"] = 110, ["l"] = 70, ["r"] = 30, ["b"] = 60 });
        foreach (var hazard in Hazards.OfFirstRuns(result))
        {
            var day = hazard.OnsetHours / 24;
            if (!seen.Add((hazard.Id.Value, hazard.OnsetHours)))
            {
                continue;
            }

            figure.Draw(new Dictionary<string, object?>
            {
                ["type"] = "line",
                ["xref"] = "x",
                ["yref"] = "paper",
                ["x0"] = day,
                ["x1"] = day,
                ["y0"] = 0,
                ["y1"] = 1,
                ["line"] = new Dictionary<string, object?> { ["color"] = Palette.Hazard, ["width"] = hazard.Generation == 0 ? 2 : 1, ["dash"] = "dot" },
            });
            // Cascades come in bursts: only the scenario's own hazards get a label; the rest are in the cascade chart.
            if (hazard.Generation == 0)
            {
                labels++;
                figure.Annotate(new Dictionary<string, object?>
                {
                    ["text"] = Hazards.Label(hazard),
                    ["xref"] = "x",
                    ["yref"] = "paper",
                    ["x"] = day,
                    ["y"] = 1.0,
                    ["yanchor"] = "bottom",
                    ["yshift"] = 4 + (12 * ((labels - 1) % 3)),
                    ["showarrow"] = false,
                    ["font"] = new Dictionary<string, object?> { ["size"] = 10, ["color"] = "#555" },
                    ["hovertext"] = string.Create(CultureInfo.InvariantCulture, $"{hazard.Id} at {hazard.OnsetHours:0.#} h"),
                });
            }
        }
    }
}
