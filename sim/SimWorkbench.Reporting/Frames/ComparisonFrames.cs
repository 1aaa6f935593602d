using Microsoft.Data.Analysis;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Frames;

/// <summary>
/// A comparison's numbers as DataFrames (Microsoft.Data.Analysis), one row per observation, for
/// filtering, sorting and plotting in a notebook. Each call builds a new frame.
/// </summary>
/// <remarks>
/// Metric columns hold a metric's <see cref="ReportedMetric.Key"/> (<c>commodity.name</c>, e.g.
/// <c>water.fill_rate</c>); their definitions and units are in scenarios/README.md. A missing
/// value (a metric that does not exist in a run, e.g. no city recovered) is null.
/// </remarks>
public static class ComparisonFrames
{
    /// <summary>
    /// Each metric of each strategy over the replications: one row per (metric, strategy) with
    /// columns <c>metric, unit, direction, headline, strategy, n, missing, mean, ci_lower, ci_upper, p5, p50, p95, best</c>
    /// (<c>headline</c>: the summary tables show it; <c>best</c>: this strategy's mean is better than every other's).
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <returns>A new frame.</returns>
    public static DataFrame SummaryFrame(this ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var frame = new FrameBuilder()
            .Text("metric").Text("unit").Text("direction").Flag("headline").Text("strategy")
            .Integer("n").Integer("missing")
            .Number("mean").Number("ci_lower").Number("ci_upper").Number("p5").Number("p50").Number("p95")
            .Flag("best");
        for (var m = 0; m < result.Metrics.Count; m++)
        {
            var metric = result.Metrics[m];
            var best = result.Best(m);
            foreach (var summary in result.Summaries[m])
            {
                var s = summary.Summary;
                frame.Row(metric.Key, metric.Unit, DirectionText(metric.Direction), metric.Headline, result.Strategies[summary.Strategy].Value,
                    s?.Count ?? 0, summary.Missing,
                    s?.Mean, s?.ConfidenceLower, s?.ConfidenceUpper, s?.P5, s?.P50, s?.P95,
                    best == summary.Strategy);
            }
        }

        return frame.Build();
    }

    /// <summary>
    /// Every run: one row per (strategy, replication) with columns <c>strategy, replication, seed</c>
    /// and then one column per metric, named by its key, in the comparison's metric order.
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <returns>A new frame.</returns>
    public static DataFrame ReplicationFrame(this ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var frame = new FrameBuilder().Text("strategy").Integer("replication").Text("seed");
        foreach (var metric in result.Metrics)
        {
            frame.Number(metric.Key);
        }

        foreach (var runs in result.Runs)
        {
            foreach (var run in runs)
            {
                var row = new object?[3 + result.Metrics.Count];
                row[0] = run.Strategy.Value;
                row[1] = run.Replication;
                row[2] = run.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
                for (var m = 0; m < result.Metrics.Count; m++)
                {
                    row[3 + m] = result.Metrics[m].ValueOf(run);
                }

                frame.Row(row);
            }
        }

        return frame.Build();
    }

    /// <summary>
    /// The paired differences between strategies (common random numbers): one row per (metric,
    /// pair) with columns <c>metric, unit, headline, first, second, n, mean_difference, ci_lower, ci_upper, excludes_zero, better</c>,
    /// where the difference is first − second and <c>better</c> names the strategy the interval
    /// shows to be better (null when it includes zero or the metric has no better direction).
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <returns>A new frame.</returns>
    public static DataFrame DifferenceFrame(this ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var frame = new FrameBuilder()
            .Text("metric").Text("unit").Flag("headline").Text("first").Text("second")
            .Integer("n").Number("mean_difference").Number("ci_lower").Number("ci_upper")
            .Flag("excludes_zero").Text("better");
        for (var m = 0; m < result.Metrics.Count; m++)
        {
            var metric = result.Metrics[m];
            foreach (var pair in result.Differences[m])
            {
                var d = pair.Difference;
                var first = result.Strategies[pair.First].Value;
                var second = result.Strategies[pair.Second].Value;
                frame.Row(metric.Key, metric.Unit, metric.Headline, first, second,
                    d?.Count ?? 0, d?.MeanDifference, d?.ConfidenceLower, d?.ConfidenceUpper,
                    d?.ExcludesZero, Better(metric.Direction, d?.ExcludesZero == true ? d.MeanDifference : null, first, second));
            }
        }

        return frame.Build();
    }

    /// <summary>
    /// Every city in every run: one row per (strategy, replication, commodity, city) with columns
    /// <c>strategy, replication, commodity, city, population, fill_rate, unmet_person_days, resilience_index,
    /// time_to_first_delivery, time_to_recover, longest_deprivation, deprivation_cost</c> (times in hours
    /// from onset; null when the city had no delivery or did not recover).
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <returns>A new frame.</returns>
    public static DataFrame CityFrame(this ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var frame = new FrameBuilder()
            .Text("strategy").Integer("replication").Text("commodity").Text("city").Number("population")
            .Number("fill_rate").Number("unmet_person_days").Number("resilience_index")
            .Number("time_to_first_delivery").Number("time_to_recover").Number("longest_deprivation").Number("deprivation_cost");
        foreach (var runs in result.Runs)
        {
            foreach (var run in runs)
            {
                for (var c = 0; c < run.Overall.Count; c++)
                {
                    foreach (var city in run.Overall[c].Cities)
                    {
                        frame.Row(run.Strategy.Value, run.Replication, result.Scenario.Commodities[c].Id.Value, city.CityId, city.Population,
                            city.FillRate, city.UnmetPersonDays, city.ResilienceIndex,
                            city.TimeToFirstDeliveryHours, city.TimeToRecoverHours, city.LongestDeprivationHours, city.DeprivationCost);
                    }
                }
            }
        }

        return frame.Build();
    }

    /// <summary>
    /// The overall service level Q(d) per day over the replications: one row per (strategy,
    /// commodity, day) with columns <c>strategy, commodity, day, mean, ci_lower, ci_upper, p5, p50, p95</c>
    /// (day d covers hours [24d, 24d + 24) from the start of the run).
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <returns>A new frame.</returns>
    public static DataFrame ServiceLevelFrame(this ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var frame = ServiceLevelColumns(new FrameBuilder());
        AddServiceLevels(frame, result, prefix: []);
        return frame.Build();
    }

    /// <summary>The columns of a service-level frame after any leading ones.</summary>
    internal static FrameBuilder ServiceLevelColumns(FrameBuilder frame) =>
        frame.Text("strategy").Text("commodity").Integer("day")
            .Number("mean").Number("ci_lower").Number("ci_upper").Number("p5").Number("p50").Number("p95");

    /// <summary>Appends the rows of a comparison's service-level bands, each after the leading values given.</summary>
    internal static void AddServiceLevels(FrameBuilder frame, ComparisonResult result, object?[] prefix)
    {
        foreach (var band in result.ServiceLevels)
        {
            for (var d = 0; d < band.Days.Count; d++)
            {
                var q = band.Days[d];
                frame.Row([.. prefix, result.Strategies[band.Strategy].Value, band.Commodity, d,
                    q.Mean, q.ConfidenceLower, q.ConfidenceUpper, q.P5, q.P50, q.P95]);
            }
        }
    }

    /// <summary>The metric's direction as a frame shows it.</summary>
    internal static string DirectionText(MetricDirection direction) => direction switch
    {
        MetricDirection.HigherIsBetter => "higher is better",
        MetricDirection.LowerIsBetter => "lower is better",
        _ => "neutral",
    };

    private static string? Better(MetricDirection direction, double? clearDifference, string first, string second) =>
        clearDifference is not { } d || direction == MetricDirection.Neutral ? null
        : (d > 0) == (direction == MetricDirection.HigherIsBetter) ? first : second;
}
