using SimWorkbench.Reporting.Frames;
using SimWorkbench.WhatIf;

namespace SimWorkbench.Reporting.Notebooks;

/// <summary>A what-if as a notebook shows it: each headline metric of each strategy before and after, and the paired change.</summary>
internal static class WhatIfHtml
{
    public static string Of(WhatIfResult result)
    {
        var metrics = result.Baseline.Metrics;
        var rows = new List<IEnumerable<string>>();
        for (var m = 0; m < metrics.Count; m++)
        {
            if (!metrics[m].Headline)
            {
                continue;
            }

            for (var s = 0; s < result.Differences[m].Count; s++)
            {
                var change = result.Differences[m][s];
                var d = change.Difference;
                var verdict = WhatIfFrames.ChangeText(change.IsImprovement);
                rows.Add(
                [
                    metrics[m].Key,
                    change.Strategy.Value,
                    HtmlTable.Number(result.Baseline.Summaries[m][s].Summary?.Mean),
                    HtmlTable.Number(result.Variant.Summaries[m][s].Summary?.Mean),
                    d is null ? "—" : HtmlTable.Interval(d.MeanDifference, d.ConfidenceLower, d.ConfidenceUpper),
                    change.IsImprovement is null ? verdict : HtmlTable.Best + verdict,
                ]);
            }
        }

        return new HtmlTable()
            .Heading($"What if: {result.Variant.Scenario.Name} (against {result.Baseline.Scenario.Name})")
            .Note($"{result.Baseline.Replications} replications per strategy and scenario, seed {result.Baseline.Seed}: replication r of both scenarios draws the same random numbers, so each change is paired. "
                + "Change = what-if − baseline [95% CI]; better or worse when the interval excludes 0. All metrics: DifferenceFrame().")
            .Table(["metric", "strategy", "baseline", "what-if", "change [95% CI]", "verdict"], rows)
            .ToString();
    }
}
