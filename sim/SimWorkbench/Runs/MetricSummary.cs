using SimWorkbench.Metrics.Statistics;

namespace SimWorkbench.Runs;

/// <summary>One metric of one strategy over its replications.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Strategy">The strategy's index in the comparison.</param>
/// <param name="Summary">Mean, confidence interval and percentiles over the replications where the metric exists; null if it exists in none.</param>
/// <param name="Missing">Replications where it does not exist (e.g. no city recovered).</param>
public sealed record MetricSummary(ReportedMetric Metric, int Strategy, Summary? Summary, int Missing);

/// <summary>One metric compared between two strategies, replication by replication (common random numbers).</summary>
/// <param name="Metric">The metric.</param>
/// <param name="First">The first strategy's index.</param>
/// <param name="Second">The second strategy's index.</param>
/// <param name="Difference">first − second over the replications where both exist; null if there are none.</param>
public sealed record MetricDifference(ReportedMetric Metric, int First, int Second, PairedDifference? Difference);

/// <summary>A daily series over replications: one strategy's overall service level Q(d) of one commodity.</summary>
/// <param name="Strategy">The strategy's index.</param>
/// <param name="Commodity">The commodity's id.</param>
/// <param name="Days">Per day, Q(d) summarised over replications (mean, interval, percentiles).</param>
public sealed record ServiceLevelBand(int Strategy, string Commodity, IReadOnlyList<Summary> Days);
