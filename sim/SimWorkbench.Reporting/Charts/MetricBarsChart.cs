using Plotly.NET;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Charts;

/// <summary>
/// Reported metrics side by side: one panel per metric name, bars per strategy (one group per
/// commodity) at the mean with the 95% interval as error bars.
/// </summary>
internal static class MetricBarsChart
{
    public static GenericChart Build(ComparisonResult result, string title, IReadOnlyList<string> names)
    {
        var columns = Math.Min(3, Math.Max(1, names.Count));
        var rows = (names.Count + columns - 1) / columns;
        var figure = new Figure(title, 200 + (300 * rows));
        figure.Grid(rows, columns, [.. names.Select(n => Title(result, n))]);
        figure.Set("barmode", "group");
        for (var k = 0; k < names.Count; k++)
        {
            var metrics = Enumerable.Range(0, result.Metrics.Count).Where(m => result.Metrics[m].Name == names[k]).ToArray();
            for (var s = 0; s < result.Strategies.Count; s++)
            {
                var strategy = result.Strategies[s].Value;
                var summaries = metrics.Select(m => result.Summaries[m][s].Summary).ToArray();
                var bars = figure.Add("bar", new()
                {
                    ["x"] = metrics.Select(m => result.Metrics[m].Commodity).ToArray(),
                    ["y"] = summaries.Select(x => x?.Mean).ToArray(),
                    ["error_y"] = new Dictionary<string, object?>
                    {
                        ["type"] = "data",
                        ["symmetric"] = false,
                        ["array"] = summaries.Select(x => x is null || double.IsNaN(x.ConfidenceUpper) ? (double?)null : x.ConfidenceUpper - x.Mean).ToArray(),
                        ["arrayminus"] = summaries.Select(x => x is null || double.IsNaN(x.ConfidenceLower) ? (double?)null : x.Mean - x.ConfidenceLower).ToArray(),
                    },
                    ["name"] = strategy,
                    ["legendgroup"] = strategy,
                    ["showlegend"] = k == 0,
                    ["marker"] = new Dictionary<string, object?> { ["color"] = Palette.Strategy(s) },
                    ["hovertemplate"] = $"{strategy}, %{{x}}: %{{y:.4~g}} (mean over replications)<extra></extra>",
                });
                Figure.OnSubplot(bars, k);
            }

            figure.YAxis(k, ("title", new Dictionary<string, object?> { ["text"] = result.Metrics.First(m => m.Name == names[k]).Unit }), ("rangemode", "tozero"));
        }

        return figure.ToChart();
    }

    private static string Title(ComparisonResult result, string name)
    {
        var metric = result.Metrics.First(m => m.Name == name);
        var arrow = metric.Direction switch
        {
            MetricDirection.HigherIsBetter => " (higher is better)",
            MetricDirection.LowerIsBetter => " (lower is better)",
            _ => string.Empty,
        };
        return name.Replace('_', ' ') + arrow;
    }
}
