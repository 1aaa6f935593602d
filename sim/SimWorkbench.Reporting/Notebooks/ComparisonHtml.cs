using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Notebooks;

/// <summary>A comparison as a notebook shows it: the headline metrics of each strategy, and the paired differences.</summary>
internal static class ComparisonHtml
{
    public static string Of(ComparisonResult result)
    {
        var headline = Enumerable.Range(0, result.Metrics.Count).Where(m => result.Metrics[m].Headline).ToList();
        var html = new HtmlTable()
            .Heading($"{result.Scenario.Name}: {result.Strategies.Count} strategies × {result.Replications} replications, seed {result.Seed}")
            .Note("Mean over replications [95% confidence interval]; the better mean in bold. All metrics: SummaryFrame().");
        var headers = new List<string> { "metric", "unit" };
        headers.AddRange(result.Strategies.Select(s => s.Value));
        html.Table(headers, headline.Select(m => Row(result, m)));
        if (result.Strategies.Count > 1)
        {
            html.Note("Paired differences, first − second, replication by replication (common random numbers); an interval that excludes 0 shows a real difference. All: DifferenceFrame().")
                .Table(["metric", "first − second", "mean difference [95% CI]", "better"],
                    headline.SelectMany(m => result.Differences[m].Select(d => (IEnumerable<string>)
                    [
                        result.Metrics[m].Key,
                        $"{result.Strategies[d.First]} − {result.Strategies[d.Second]}",
                        d.Difference is { } p ? HtmlTable.Interval(p.MeanDifference, p.ConfidenceLower, p.ConfidenceUpper) : "—",
                        Better(result, m, d),
                    ])));
        }

        return html.ToString();
    }

    private static IEnumerable<string> Row(ComparisonResult result, int m)
    {
        var best = result.Best(m);
        yield return result.Metrics[m].Key;
        yield return result.Metrics[m].Unit;
        foreach (var summary in result.Summaries[m])
        {
            var text = summary.Summary is { } s ? HtmlTable.Interval(s.Mean, s.ConfidenceLower, s.ConfidenceUpper) : "—";
            yield return best == summary.Strategy ? HtmlTable.Best + text : text;
        }
    }

    private static string Better(ComparisonResult result, int m, MetricDifference pair)
    {
        var direction = result.Metrics[m].Direction;
        if (pair.Difference is not { ExcludesZero: true } d || direction == MetricDirection.Neutral)
        {
            return "unclear";
        }

        var firstBetter = (d.MeanDifference > 0) == (direction == MetricDirection.HigherIsBetter);
        return result.Strategies[firstBetter ? pair.First : pair.Second].Value;
    }
}
