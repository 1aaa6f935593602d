using Microsoft.Data.Analysis;
using SimWorkbench.WhatIf;

namespace SimWorkbench.Reporting.Frames;

/// <summary>A what-if's numbers as DataFrames, beside its baseline's. Each call builds a new frame.</summary>
public static class WhatIfFrames
{
    /// <summary>The label of the baseline's rows in the <c>scenario</c> column.</summary>
    public const string BaselineLabel = "baseline";

    /// <summary>The label of the what-if's rows in the <c>scenario</c> column.</summary>
    public const string VariantLabel = "what-if";

    /// <summary>
    /// How each metric of each strategy changed: one row per (metric, strategy) with columns
    /// <c>metric, unit, direction, headline, strategy, baseline_mean, what_if_mean, n, mean_difference, ci_lower, ci_upper, change</c>,
    /// the difference being what-if − baseline paired by replication, and <c>change</c> one of
    /// <c>better</c>, <c>worse</c> (the 95% interval excludes zero) or <c>unclear</c> (it does not, or the metric has no better direction).
    /// </summary>
    /// <param name="result">The what-if comparison.</param>
    /// <returns>A new frame.</returns>
    public static DataFrame DifferenceFrame(this WhatIfResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var frame = new FrameBuilder()
            .Text("metric").Text("unit").Text("direction").Flag("headline").Text("strategy")
            .Number("baseline_mean").Number("what_if_mean")
            .Integer("n").Number("mean_difference").Number("ci_lower").Number("ci_upper")
            .Text("change");
        for (var m = 0; m < result.Differences.Count; m++)
        {
            var metric = result.Baseline.Metrics[m];
            for (var s = 0; s < result.Differences[m].Count; s++)
            {
                var change = result.Differences[m][s];
                var d = change.Difference;
                frame.Row(metric.Key, metric.Unit, ComparisonFrames.DirectionText(metric.Direction), metric.Headline, change.Strategy.Value,
                    result.Baseline.Summaries[m][s].Summary?.Mean, result.Variant.Summaries[m][s].Summary?.Mean,
                    d?.Count ?? 0, d?.MeanDifference, d?.ConfidenceLower, d?.ConfidenceUpper,
                    ChangeText(change.IsImprovement));
            }
        }

        return frame.Build();
    }

    /// <summary>
    /// Where the what-if hits: one row per (strategy, commodity, city) with the means over
    /// replications of the city's fill rate and unmet need in both scenarios and their change,
    /// columns <c>strategy, commodity, city, population, baseline_fill_rate, what_if_fill_rate, fill_rate_change,
    /// baseline_unmet_person_days, what_if_unmet_person_days, unmet_person_days_change</c> (change = what-if − baseline).
    /// </summary>
    /// <param name="result">The what-if comparison.</param>
    /// <returns>A new frame.</returns>
    public static DataFrame CityChangeFrame(this WhatIfResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var frame = new FrameBuilder()
            .Text("strategy").Text("commodity").Text("city").Number("population")
            .Number("baseline_fill_rate").Number("what_if_fill_rate").Number("fill_rate_change")
            .Number("baseline_unmet_person_days").Number("what_if_unmet_person_days").Number("unmet_person_days_change");
        var commodities = result.Baseline.Scenario.Commodities;
        for (var s = 0; s < result.Baseline.Strategies.Count; s++)
        {
            var before = result.Baseline.Runs[s];
            var after = result.Variant.Runs[s];
            for (var c = 0; c < commodities.Count; c++)
            {
                var cities = before[0].Overall[c].Cities;
                for (var i = 0; i < cities.Length; i++)
                {
                    var fillBefore = before.Average(r => r.Overall[c].Cities[i].FillRate);
                    var fillAfter = after.Average(r => r.Overall[c].Cities[i].FillRate);
                    var unmetBefore = Mean(before.Select(r => r.Overall[c].Cities[i].UnmetPersonDays));
                    var unmetAfter = Mean(after.Select(r => r.Overall[c].Cities[i].UnmetPersonDays));
                    frame.Row(result.Baseline.Strategies[s].Value, commodities[c].Id.Value, cities[i].CityId, cities[i].Population,
                        fillBefore, fillAfter, fillAfter - fillBefore, unmetBefore, unmetAfter, unmetAfter - unmetBefore);
                }
            }
        }

        return frame.Build();
    }

    /// <summary>
    /// The service level Q(d) of both scenarios: the rows of <see cref="ComparisonFrames.ServiceLevelFrame"/>
    /// for each, after a first column <c>scenario</c> (<see cref="BaselineLabel"/> or <see cref="VariantLabel"/>).
    /// </summary>
    /// <param name="result">The what-if comparison.</param>
    /// <returns>A new frame.</returns>
    public static DataFrame ServiceLevelFrame(this WhatIfResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var frame = ComparisonFrames.ServiceLevelColumns(new FrameBuilder().Text("scenario"));
        ComparisonFrames.AddServiceLevels(frame, result.Baseline, [BaselineLabel]);
        ComparisonFrames.AddServiceLevels(frame, result.Variant, [VariantLabel]);
        return frame.Build();
    }

    /// <summary>The mean of values that all exist, else null.</summary>
    private static double? Mean(IEnumerable<double?> values)
    {
        var all = values.ToList();
        return all.All(v => v is not null) ? all.Average() : null;
    }

    /// <summary><c>better</c>, <c>worse</c> or <c>unclear</c>, as <see cref="WhatIfDifference.IsImprovement"/> says.</summary>
    internal static string ChangeText(bool? improvement) => improvement switch
    {
        true => "better",
        false => "worse",
        null => "unclear",
    };
}
