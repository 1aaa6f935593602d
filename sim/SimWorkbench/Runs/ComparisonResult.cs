using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;

namespace SimWorkbench.Runs;

/// <summary>
/// What a <see cref="Comparison"/> found: every run's metrics, and per metric each strategy's
/// summary over replications and the paired differences between strategies.
/// </summary>
/// <param name="Scenario">The scenario run (with the seed used).</param>
/// <param name="Strategies">The strategies, in report order.</param>
/// <param name="Replications">Replications per strategy.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="OnsetHour">The onset the times were counted from.</param>
/// <param name="Metrics">The metrics reported, in a fixed order.</param>
/// <param name="Runs">Per strategy (outer, report order), per replication (inner, from 0), the run's metrics.</param>
/// <param name="Summaries">Per metric (outer, in <paramref name="Metrics"/> order), per strategy.</param>
/// <param name="Differences">Per metric, per pair of strategies (i &lt; j, in order), first − second.</param>
/// <param name="ServiceLevels">Per strategy, per commodity, Q(d) over replications.</param>
public sealed record ComparisonResult(
    Scenario Scenario,
    IReadOnlyList<StrategyId> Strategies,
    int Replications,
    ulong Seed,
    int OnsetHour,
    IReadOnlyList<ReportedMetric> Metrics,
    IReadOnlyList<IReadOnlyList<RunMetrics>> Runs,
    IReadOnlyList<IReadOnlyList<MetricSummary>> Summaries,
    IReadOnlyList<IReadOnlyList<MetricDifference>> Differences,
    IReadOnlyList<ServiceLevelBand> ServiceLevels)
{
    /// <summary>
    /// The index of the strategy whose mean of a metric is better than every other strategy's by
    /// more than a relative 1e-9 (so rounding noise does not pick a winner); null when there is no
    /// such strategy, the metric is <see cref="MetricDirection.Neutral"/>, or it exists for none.
    /// </summary>
    /// <param name="metric">The metric's index in <see cref="Metrics"/>.</param>
    /// <returns>The strategy's index, or null.</returns>
    public int? Best(int metric)
    {
        var direction = Metrics[metric].Direction;
        if (direction == MetricDirection.Neutral)
        {
            return null;
        }

        var row = Summaries[metric];
        var sign = direction == MetricDirection.HigherIsBetter ? 1.0 : -1.0;
        for (var s = 0; s < row.Count; s++)
        {
            if (row[s].Summary is not { } candidate)
            {
                continue;
            }

            var beatsAll = true;
            for (var o = 0; o < row.Count && beatsAll; o++)
            {
                if (o != s && row[o].Summary is { } other)
                {
                    var margin = 1e-9 * Math.Max(1, Math.Max(Math.Abs(candidate.Mean), Math.Abs(other.Mean)));
                    beatsAll = sign * (candidate.Mean - other.Mean) > margin;
                }
            }

            if (beatsAll)
            {
                return s;
            }
        }

        return null;
    }
}
