using Plotly.NET;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Charts;

/// <summary>
/// Reported metrics side by side, bars per strategy at the mean with the 95% interval as error
/// bars: one panel per per-commodity metric name (a group of bars per commodity), then one panel of
/// run-wide metrics (a group per metric, e.g. the costs).
/// </summary>
internal static class MetricBarsChart
{
    public static GenericChart Build(ComparisonResult result, string title, IReadOnlyList<string> perCommodity, IReadOnlyList<string> runWide, string runWideTitle)
    {
        var panels = new List<(string Title, int[] Metrics, string[] Labels, string Unit)>();
        foreach (var name in perCommodity)
        {
            var metrics = Indices(result, m => m.Name == name && m.Commodity != ReportedMetric.AllCommodities);
            panels.Add((Title(result.Metrics[metrics[0]]), metrics, [.. metrics.Select(m => result.Metrics[m].Commodity)], result.Metrics[metrics[0]].Unit));
        }

        if (runWide.Count > 0)
        {
            var metrics = runWide.Select(n => Indices(result, m => m.Name == n && m.Commodity == ReportedMetric.AllCommodities)[0]).ToArray();
            panels.Add((runWideTitle, metrics, [.. metrics.Select(m => result.Metrics[m].Name.Replace('_', ' '))], result.Metrics[metrics[0]].Unit));
        }

        var columns = Math.Min(2, Math.Max(1, panels.Count));
        var rows = (panels.Count + columns - 1) / columns;
        var figure = new Figure(title, 200 + (320 * rows));
        figure.Grid(rows, columns, [.. panels.Select(p => p.Title)]);
        figure.Set("barmode", "group");
        for (var k = 0; k < panels.Count; k++)
        {
            var panel = panels[k];
            for (var s = 0; s < result.Strategies.Count; s++)
            {
                var strategy = result.Strategies[s].Value;
                var summaries = panel.Metrics.Select(m => result.Summaries[m][s].Summary).ToArray();
                var bars = figure.Add("bar", new()
                {
                    ["x"] = panel.Labels,
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
                    ["hovertemplate"] = $"{strategy}, %{{x}}: %{{y:,.4~g}} {panel.Unit} (mean over replications)<extra></extra>",
                });
                Figure.OnSubplot(bars, k);
            }

            // Costs span orders of magnitude (deprivation against transport): a log axis keeps each readable.
            var isRunWide = runWide.Count > 0 && k == panels.Count - 1;
            figure.YAxis(k, ("title", new Dictionary<string, object?> { ["text"] = isRunWide ? panel.Unit + " (log scale)" : panel.Unit }), isRunWide ? ("type", "log") : ("rangemode", "tozero"));
        }

        return figure.ToChart();
    }

    private static int[] Indices(ComparisonResult result, Func<ReportedMetric, bool> match) =>
        [.. Enumerable.Range(0, result.Metrics.Count).Where(m => match(result.Metrics[m]))];

    private static string Title(ReportedMetric metric)
    {
        var arrow = metric.Direction switch
        {
            MetricDirection.HigherIsBetter => " (higher is better)",
            MetricDirection.LowerIsBetter => " (lower is better)",
            _ => string.Empty,
        };
        return metric.Name.Replace('_', ' ') + arrow;
    }
}
