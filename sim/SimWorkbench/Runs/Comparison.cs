using System.Runtime.ExceptionServices;
using SimWorkbench.Metrics;
using SimWorkbench.Metrics.Statistics;
using SimWorkbench.Scenarios;

namespace SimWorkbench.Runs;

/// <summary>
/// Runs strategies of a scenario over replications and compares them: the entry point of
/// <c>simwb run</c>, <c>simwb compare</c> and notebooks.
/// </summary>
/// <remarks>
/// Replication r of every strategy runs on the seed derived from the master seed and
/// "replication/r" (<see cref="SupplyRun.Run"/>), so the strategies see the same random numbers
/// and their paired differences remove what the replications share. Runs execute in parallel over
/// a fixed work list and are stored by index, and every statistic sums in replication order, so
/// the results are identical, bit for bit, whatever the degree of parallelism.
/// </remarks>
public static class Comparison
{
    /// <summary>Runs every (strategy, replication) and computes the metrics and statistics.</summary>
    /// <param name="scenario">A loaded scenario.</param>
    /// <param name="options">Strategies, replications, seed, parallelism, onset, progress; defaults when null.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">A strategy the scenario does not have, or a bad option.</exception>
    public static ComparisonResult Run(Scenario scenario, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new ComparisonOptions();
        var replications = options.Replications ?? scenario.Replications;
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        var seed = options.Seed ?? scenario.Seed;
        var seeded = scenario with { Seed = seed };
        var strategies = options.Strategies ?? [.. scenario.Strategies.Select(s => s.Id)];
        if (strategies.Count == 0)
        {
            throw new ArgumentException("A comparison needs at least one strategy.", nameof(options));
        }

        var unknown = strategies.Where(id => scenario.Strategies.All(s => s.Id != id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"Scenario '{scenario.Name}' has no strategy {string.Join(", ", unknown.Select(u => $"'{u}'"))}; it has {string.Join(", ", scenario.Strategies.Select(s => s.Id))}.", nameof(options));
        }

        var hours = (int)Math.Ceiling(scenario.Horizon.Hours);
        var onsetHour = options.OnsetHour ?? OnsetHourOf(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(onsetHour, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(onsetHour, hours, nameof(options));

        var commodities = scenario.Commodities.Select(c => c.Id.Value).ToArray();
        var costs = scenario.Commodities.Select(c => options.DeprivationCosts?.GetValueOrDefault(c.Id.Value) ?? c.DeprivationCost).ToArray();
        var runs = new RunMetrics[strategies.Count * replications];
        var done = 0;
        try
        {
            // Each worker reuses its own hourly arrays: a run's metrics are taken before its next run.
            RunWorkers.For(
                runs.Length,
                options.MaxDegreeOfParallelism,
                () => new RunBuffers(),
                (k, buffers) =>
                {
                    var (s, r) = Math.DivRem(k, replications);
                    var outcome = SupplyRun.RunReusing(seeded, strategies[s], r, buffers);
                    runs[k] = MetricsOf(seeded, outcome, onsetHour, costs, keepEvents: r < options.EventReplications);
                    options.Progress?.Report(Interlocked.Increment(ref done));
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw(); // the first failure, with its own stack
            throw;
        }

        var byStrategy = new RunMetrics[strategies.Count][];
        for (var s = 0; s < strategies.Count; s++)
        {
            byStrategy[s] = runs.AsSpan(s * replications, replications).ToArray();
        }

        var metrics = ReportedMetric.For(commodities, scenario.Currency.Code);
        var values = new double?[metrics.Count][][];
        for (var m = 0; m < metrics.Count; m++)
        {
            values[m] = new double?[strategies.Count][];
            for (var s = 0; s < strategies.Count; s++)
            {
                values[m][s] = [.. byStrategy[s].Select(metrics[m].ValueOf)];
            }
        }

        var summaries = new IReadOnlyList<MetricSummary>[metrics.Count];
        var differences = new IReadOnlyList<MetricDifference>[metrics.Count];
        for (var m = 0; m < metrics.Count; m++)
        {
            summaries[m] = [.. Enumerable.Range(0, strategies.Count).Select(s => Summarise(metrics[m], s, values[m][s]))];
            var pairs = new List<MetricDifference>();
            for (var i = 0; i < strategies.Count; i++)
            {
                for (var j = i + 1; j < strategies.Count; j++)
                {
                    pairs.Add(new MetricDifference(metrics[m], i, j, Pair(values[m][i], values[m][j])));
                }
            }

            differences[m] = pairs;
        }

        var bands = new List<ServiceLevelBand>();
        for (var s = 0; s < strategies.Count; s++)
        {
            for (var c = 0; c < commodities.Length; c++)
            {
                var days = byStrategy[s][0].Overall[c].DailyServiceLevel.Length;
                var perDay = new Summary[days];
                var q = new double[replications];
                for (var d = 0; d < days; d++)
                {
                    for (var r = 0; r < replications; r++)
                    {
                        q[r] = byStrategy[s][r].Overall[c].DailyServiceLevel[d];
                    }

                    perDay[d] = Summary.Of(q);
                }

                bands.Add(new ServiceLevelBand(s, commodities[c], perDay));
            }
        }

        return new ComparisonResult(seeded, strategies, replications, seed, onsetHour, metrics, byStrategy, summaries, differences, bands);
    }

    /// <summary>
    /// The hour the emergency starts: the whole hour in which the scenario's earliest hazard strikes
    /// (its onset rounded down), or 0 when it has none before the horizon. Times to first delivery
    /// and to recover count from it.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>An hour slot, 0 ≤ hour &lt; the horizon's hour count.</returns>
    public static int OnsetHourOf(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var first = double.PositiveInfinity;
        foreach (var hazard in scenario.Hazards)
        {
            first = Math.Min(first, hazard.Onset.Hours);
        }

        return first < scenario.Horizon.Hours ? (int)Math.Floor(first) : 0;
    }

    /// <summary>The metrics of one run: per commodity, each city's and the overall ones.</summary>
    /// <param name="scenario">The scenario the run came from.</param>
    /// <param name="outcome">The run.</param>
    /// <param name="onsetHour">The onset the times are counted from.</param>
    /// <param name="costs">Per commodity (scenario order), its deprivation cost function.</param>
    /// <param name="keepEvents">Whether to keep the run's events: deliveries, hazards and link state changes.</param>
    /// <returns>The run's metrics.</returns>
    public static RunMetrics MetricsOf(Scenario scenario, RunOutcome outcome, int onsetHour, IReadOnlyList<DeprivationCostFunction> costs, bool keepEvents)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(costs);
        var cities = scenario.Network.Cities;
        var overall = new OverallMetrics[outcome.Commodities.Count];
        var served = new double[outcome.Served.Hours]; // one buffer for every city's clamped series, read in place
        for (var c = 0; c < overall.Length; c++)
        {
            var commodity = scenario.Commodities[c];
            var perCity = new CityMetrics[outcome.Cities.Count];
            for (var i = 0; i < perCity.Length; i++)
            {
                var city = cities[i];
                var minimum = city.Need.TryGetValue(commodity.Id, out var need) ? need.UnitsPerPersonPerDay : commodity.Need.UnitsPerPersonPerDay;
                perCity[i] = CityMetrics.Of(city.Id.Value, city.Population, onsetHour, outcome.Need.Of(i, c), ClampServed(outcome, i, c, served), minimum, costs[c]);
            }

            overall[c] = OverallMetrics.Of(perCity);
        }

        return new RunMetrics(outcome.Strategy, outcome.Replication, outcome.Seed, overall, outcome.VehicleKilometres, outcome.Deliveries.Count, keepEvents ? [.. outcome.Deliveries] : [])
        {
            Hazards = keepEvents ? outcome.Hazards : [],
            LinkChanges = keepEvents ? outcome.LinkChanges : [],
            Costs = LogisticsCosts.Of(scenario, outcome),
        };
    }

    /// <summary>Served, never above need: the engine's sums can exceed need by a rounding error.</summary>
    private static double[] ClampServed(RunOutcome outcome, int city, int commodity, double[] into)
    {
        var need = outcome.Need.Of(city, commodity);
        var served = outcome.Served.Of(city, commodity);
        for (var h = 0; h < into.Length; h++)
        {
            into[h] = Math.Clamp(served[h], 0, need[h]);
        }

        return into;
    }

    private static MetricSummary Summarise(ReportedMetric metric, int strategy, double?[] values)
    {
        var present = values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).ToArray();
        return new MetricSummary(metric, strategy, present.Length == 0 ? null : Summary.Of(present), values.Length - present.Length);
    }

    /// <summary>first − second over the replications where both exist and are finite; null if there are none.</summary>
    internal static PairedDifference? Pair(double?[] first, double?[] second)
    {
        var a = new List<double>(first.Length);
        var b = new List<double>(first.Length);
        for (var r = 0; r < first.Length; r++)
        {
            if (first[r] is { } x && second[r] is { } y && double.IsFinite(x) && double.IsFinite(y))
            {
                a.Add(x);
                b.Add(y);
            }
        }

        return a.Count == 0 ? null : PairedDifference.Of(a.ToArray(), b.ToArray());
    }
}
