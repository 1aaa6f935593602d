using Plotly.NET;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Charts;

/// <summary>
/// The charts of a strategy comparison, as Plotly.NET charts: the report draws exactly these, and a
/// notebook can call them on any <see cref="ComparisonResult"/> (display one offline with
/// <see cref="Html.StandaloneChart.ToHtml"/>). Means are over replications; the charts that show
/// one run's events (hazards, link states, the cascade chain) use the first replication, the only
/// one whose events a comparison keeps by default (<see cref="ComparisonOptions.EventReplications"/>).
/// </summary>
public static class ComparisonCharts
{
    /// <summary>
    /// Service level Q(d), the share of need met each day, per strategy: the mean over replications
    /// as a line and the 5th–95th percentile band around it; one subplot per commodity, sharing the
    /// day axis, with every hazard of the first replication drawn as a dotted line at its onset (the
    /// scenario's own hazards thicker and labelled).
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The chart.</returns>
    public static GenericChart ServiceLevel(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ServiceLevelChart.Build(result);
    }

    /// <summary>
    /// Unmet need in person-days by city, one bar per strategy (mean over replications), one
    /// subplot per commodity. Person-days: unmet units ÷ the city's per-person daily minimum.
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The chart.</returns>
    public static GenericChart UnmetNeedByCity(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var panels = result.Scenario.Commodities
            .Select((c, i) => new CityBarsChart.Panel(c.Name, i, m => m.UnmetPersonDays, "person-days"))
            .ToArray();
        return CityBarsChart.Build(result, "Unmet need by city (person-days, lower is better)", panels, columns: 1);
    }

    /// <summary>
    /// Time to first delivery and time to recover by city, in hours from onset, one bar per strategy:
    /// the mean over the replications where the time exists (the hover says in how many it did not:
    /// a city never served, or never back at Q ≥ 0.95 for 24 h); per commodity a row of two subplots.
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The chart.</returns>
    public static GenericChart RecoveryTimesByCity(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var panels = new List<CityBarsChart.Panel>();
        for (var c = 0; c < result.Scenario.Commodities.Count; c++)
        {
            var name = result.Scenario.Commodities[c].Name;
            panels.Add(new($"{name}: time to first delivery", c, m => m.TimeToFirstDeliveryHours, "h"));
            panels.Add(new($"{name}: time to recover", c, m => m.TimeToRecoverHours, "h"));
        }

        return CityBarsChart.Build(result, "Time to first delivery and time to recover by city (hours after onset, lower is better)", panels, columns: 2);
    }

    /// <summary>
    /// Resilience index, equity (Gini coefficient of the cities' fill rates, and the worst-served
    /// city's fill rate) and cost side by side: one subplot per metric with a group of bars per
    /// commodity (one bar per strategy, mean with its 95% confidence interval), then one subplot of
    /// costs with a group per run-wide metric whose name ends in <c>_cost</c> (<see cref="CostMetricNames"/>:
    /// whatever costs the comparison reports, e.g. logistics, deprivation and social cost).
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The chart.</returns>
    public static GenericChart ResilienceEquityCost(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] wanted = ["resilience_index", "fill_rate_gini", "worst_city_fill_rate"];
        var perCommodity = wanted.Where(n => result.Metrics.Any(m => m.Name == n && m.Commodity != ReportedMetric.AllCommodities)).ToArray();
        return MetricBarsChart.Build(result, "Resilience, equity and cost (mean and 95% CI over replications)", perCommodity, CostMetricNames(result), "costs (lower is better)");
    }

    /// <summary>
    /// The network drawn from the cities' and depots' positions (longitude, latitude; cities sized by
    /// population, depots by tier) with every link coloured by its state (open, degraded, closed) at
    /// each of the given times, chosen with a slider: the closures over time in one run.
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <param name="strategy">Whose first replication's link states to show, by index in <see cref="ComparisonResult.Strategies"/>; hazards that depend on service (shortage cascades) can differ between strategies.</param>
    /// <param name="atHours">The times to show, in hours from the start; by default the start, the onset of each of the scenario's hazards, days 1, 3, 7, 14 and 30, and the horizon (times outside the horizon are dropped).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No time given lies within the horizon.</exception>
    public static GenericChart Network(ComparisonResult result, int strategy = 0, IReadOnlyList<double>? atHours = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(strategy);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(strategy, result.Strategies.Count);
        return NetworkChart.Build(result, strategy, atHours);
    }

    /// <summary>
    /// The cascade chain that fired in one run: each hazard at its onset (days) and generation, with
    /// an arrow from the hazard whose effect triggered its rule, labelled with the rule (or the
    /// scenario's hazard id), sized by how many elements it damaged; hover for intensity and damage.
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <param name="strategy">Whose first replication to show, by index in <see cref="ComparisonResult.Strategies"/>.</param>
    /// <returns>The chart.</returns>
    public static GenericChart CascadeChain(ComparisonResult result, int strategy = 0)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(strategy);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(strategy, result.Strategies.Count);
        return CascadeChart.Build(result, strategy);
    }

    /// <summary>The names of the run-wide cost metrics the comparison reports (<c>all.*_cost</c>), in report order.</summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The metric names, e.g. <c>deprivation_cost</c>.</returns>
    public static IReadOnlyList<string> CostMetricNames(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Metrics
            .Where(m => m.Commodity == ReportedMetric.AllCommodities && m.Name.EndsWith("_cost", StringComparison.Ordinal))
            .Select(m => m.Name)
            .Distinct()];
    }
}
