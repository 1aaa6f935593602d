using SimWorkbench.Metrics.Statistics;
using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.WhatIf;

/// <summary>How one metric of one strategy changed under a what-if: variant − baseline, paired replication by replication.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Strategy">The strategy.</param>
/// <param name="Difference">variant − baseline over the replications where the metric exists in both; null if there are none.</param>
public sealed record WhatIfDifference(ReportedMetric Metric, StrategyId Strategy, PairedDifference? Difference)
{
    /// <summary>
    /// True when the what-if made the metric better and the 95% interval of the difference excludes
    /// zero, false when it made it worse by that test; null when the interval includes zero, the
    /// metric has no better direction, or there is no difference to judge.
    /// </summary>
    public bool? IsImprovement => Difference is { ExcludesZero: true } d && Metric.Direction != MetricDirection.Neutral
        ? (d.MeanDifference > 0) == (Metric.Direction == MetricDirection.HigherIsBetter)
        : null;
}
