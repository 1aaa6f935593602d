using Plotly.NET;
using SimWorkbench.Metrics;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Charts;

/// <summary>Per-city metrics as grouped bars, one bar per strategy, in a grid of subplots.</summary>
internal static class CityBarsChart
{
    /// <summary>One panel of the grid: its title, the commodity and the city metric it shows.</summary>
    public sealed record Panel(string Title, int Commodity, Func<CityMetrics, double?> Metric, string Unit);

    public static GenericChart Build(ComparisonResult result, string title, IReadOnlyList<Panel> panels, int columns)
    {
        var names = CityValues.Names(result);
        var rows = (panels.Count + columns - 1) / columns;
        var figure = new Figure(title, 200 + (300 * rows));
        figure.Grid(rows, columns, [.. panels.Select(p => p.Title)]);
        figure.Set("barmode", "group");
        for (var k = 0; k < panels.Count; k++)
        {
            var panel = panels[k];
            for (var s = 0; s < result.Strategies.Count; s++)
            {
                var (means, missing) = CityValues.Of(result, s, panel.Commodity, panel.Metric);
                var strategy = result.Strategies[s].Value;
                var bars = figure.Add("bar", new()
                {
                    ["x"] = names,
                    ["y"] = means,
                    ["name"] = strategy,
                    ["legendgroup"] = strategy,
                    ["showlegend"] = k == 0,
                    ["marker"] = new Dictionary<string, object?> { ["color"] = Palette.Strategy(s) },
                    ["customdata"] = missing,
                    ["hovertemplate"] = $"{strategy}, %{{x}}: %{{y:.4~g}} {panel.Unit} (mean; %{{customdata}} replications without a value)<extra></extra>",
                });
                Figure.OnSubplot(bars, k);
            }

            figure.YAxis(k, ("title", new Dictionary<string, object?> { ["text"] = panel.Unit }), ("rangemode", "tozero"));
        }

        return figure.ToChart();
    }
}
