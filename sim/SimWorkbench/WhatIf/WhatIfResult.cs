using SimWorkbench.Runs;

namespace SimWorkbench.WhatIf;

/// <summary>
/// A what-if compared with its baseline: both comparisons, run on the same seed and replications
/// (common random numbers), and per metric and strategy the paired difference variant − baseline.
/// </summary>
/// <param name="Baseline">The baseline scenario's comparison.</param>
/// <param name="Variant">The what-if scenario's comparison, with the same strategies in the same order.</param>
/// <param name="Differences">Per metric (outer, in the baseline's <see cref="ComparisonResult.Metrics"/> order), per strategy (inner, in report order).</param>
public sealed record WhatIfResult(
    ComparisonResult Baseline,
    ComparisonResult Variant,
    IReadOnlyList<IReadOnlyList<WhatIfDifference>> Differences)
{
    /// <summary>The difference of one metric for one strategy.</summary>
    /// <param name="metricKey">The metric's <see cref="ReportedMetric.Key"/>, e.g. <c>water.fill_rate</c>.</param>
    /// <param name="strategy">The strategy's id.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">No such metric or strategy in this comparison.</exception>
    public WhatIfDifference Of(string metricKey, string strategy)
    {
        ArgumentNullException.ThrowIfNull(metricKey);
        ArgumentNullException.ThrowIfNull(strategy);
        var m = Baseline.Metrics.Select(x => x.Key).ToList().IndexOf(metricKey);
        if (m < 0)
        {
            throw new ArgumentException($"No metric '{metricKey}'; the metrics are {string.Join(", ", Baseline.Metrics.Select(x => x.Key))}.", nameof(metricKey));
        }

        return Differences[m].FirstOrDefault(d => d.Strategy.Value == strategy)
            ?? throw new ArgumentException($"No strategy '{strategy}' in this comparison; it has {string.Join(", ", Baseline.Strategies)}.", nameof(strategy));
    }
}
