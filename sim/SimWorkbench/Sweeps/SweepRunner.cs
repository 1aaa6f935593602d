using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using SimWorkbench.Kernel;
using SimWorkbench.Metrics;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Sweeps.Storage;

namespace SimWorkbench.Sweeps;

/// <summary>
/// Runs a sweep (or one shard of it) into its database: every run not yet there, in parallel,
/// written in batches by one writer. The entry point of <c>simwb sweep</c> and of notebooks.
/// </summary>
/// <remarks>
/// Run i's values depend only on the sweep and i: its point's scenario is seeded from the sweep
/// seed and the point (<see cref="SweepPoint.Seed"/>), and <see cref="SupplyRun.Run"/> derives the
/// replication's seed from that, so the strategies of a point share common random numbers. Neither
/// the order of execution, nor the parallelism, nor the sharding, nor an interruption changes a row.
/// A run that throws (a bug, not bad input: the sweep was validated) is recorded as failed with
/// its error, and the sweep goes on.
/// </remarks>
public static class SweepRunner
{
    private static readonly TimeSpan MaxBatchAge = TimeSpan.FromSeconds(5);

    /// <summary>Runs every run of the chosen part that the database does not hold yet.</summary>
    /// <param name="sweep">A loaded sweep.</param>
    /// <param name="database">Its database, opened for the same part (<see cref="SweepDatabase.OpenForSweep"/>).</param>
    /// <param name="options">Parallelism, part, batch size, progress; defaults when null.</param>
    /// <returns>What this invocation did.</returns>
    public static SweepSummary Run(Sweep sweep, SweepDatabase database, SweepOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(database);
        options ??= new SweepOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchRuns, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        var clock = Stopwatch.StartNew();
        var shard = options.Shard;
        var done = database.DoneRuns();
        var total = shard.RunsOf(sweep.RunCount);
        var pending = new List<long>();
        for (var run = (long)shard.Index - 1; run < sweep.RunCount; run += shard.Count)
        {
            if (!done.Contains(run))
            {
                pending.Add(run);
            }
        }

        var alreadyDone = total - pending.Count;
        var finished = alreadyDone;
        var queue = new BlockingCollection<RunRecord>();
        using var stop = new CancellationTokenSource();
        var writer = new Writer(sweep, database, queue, options, alreadyDone, total, () => Interlocked.Read(ref finished));
        var writing = new Thread(() => writer.Loop(stop)) { IsBackground = true, Name = "sweep writer" };
        writing.Start();
        try
        {
            RunWorkers.For(
                pending.Count,
                options.MaxDegreeOfParallelism,
                () => new PointCache(),
                (n, cache) =>
                {
                    queue.Add(Execute(sweep, pending[n], cache, options));
                    options.Progress?.Report(new SweepProgress(Interlocked.Increment(ref finished), writer.Committed, total, AfterCommit: false));
                },
                stop.Token);
        }
        catch (OperationCanceledException) when (writer.Fault is not null)
        {
            // The writer failed and stopped the runs; its error is rethrown below.
        }
        finally
        {
            queue.CompleteAdding();
            writing.Join();
        }

        if (writer.Fault is { } fault)
        {
            fault.Throw();
        }

        var failed = database.Status().Failed;
        return new SweepSummary(total, alreadyDone, pending.Count, failed, clock.Elapsed.TotalSeconds, writer.Busy.TotalSeconds);
    }

    private static RunRecord Execute(Sweep sweep, long run, PointCache cache, SweepOptions options)
    {
        var (point, strategy, replication) = sweep.Locate(run);
        var pointSeed = sweep.Points[point].Seed;
        var seed = RandomStream.DeriveSeed(pointSeed, $"replication/{replication}");
        try
        {
            if (cache.Point != point)
            {
                cache.Scenario = sweep.ScenarioAt(point);
                cache.Costs = [.. cache.Scenario.Commodities.Select(c => c.DeprivationCost)];
                cache.Point = point;
            }

            var scenario = cache.Scenario!;
            var id = sweep.Strategies[strategy];
            var allocator = options.AllocatorFor?.Invoke(scenario.Strategies.First(s => s.Id == id));
            var outcome = SupplyRun.RunReusing(scenario, id, replication, cache.Buffers, allocator);
            var metrics = Comparison.MetricsOf(scenario, outcome, Comparison.OnsetHourOf(scenario), cache.Costs, keepEvents: false);
            return new RunRecord(run, point, strategy, replication, seed, [.. sweep.Metrics.Select(m => m.ValueOf(metrics))], null, Series(sweep, outcome, metrics));
        }
#pragma warning disable CA1031 // A failing run is recorded with its error (not swallowed) and the sweep goes on, as the issue asks.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new RunRecord(run, point, strategy, replication, seed, [.. sweep.Metrics.Select(_ => (double?)null)], $"{e.GetType().Name}: {e.Message}", []);
        }
    }

    private static List<(SeriesKind, string, double[])> Series(Sweep sweep, RunOutcome outcome, RunMetrics metrics)
    {
        var series = new List<(SeriesKind, string, double[])>();
        foreach (var kind in sweep.Series)
        {
            for (var c = 0; c < outcome.Commodities.Count; c++)
            {
                var values = kind switch
                {
                    SeriesKind.ServiceLevel => [.. metrics.Overall[c].DailyServiceLevel],
                    SeriesKind.Need => SumOverCities(outcome.Need, c),
                    _ => SumOverCities(outcome.Served, c),
                };
                series.Add((kind, outcome.Commodities[c].Value, values));
            }
        }

        return series;
    }

    private static double[] SumOverCities(HourlySeries hourly, int commodity)
    {
        var sum = new double[hourly.Hours];
        for (var city = 0; city < hourly.Cities; city++)
        {
            var values = hourly.Of(city, commodity);
            for (var h = 0; h < sum.Length; h++)
            {
                sum[h] += values[h];
            }
        }

        return sum;
    }

    /// <summary>The scenario of the point a worker ran last: runs of a point are consecutive, so a worker reads each point about once.</summary>
    private sealed class PointCache
    {
        public int Point { get; set; } = -1;

        public Scenario? Scenario { get; set; }

        /// <summary>Each commodity's deprivation cost function, in scenario order (a sweep may vary them).</summary>
        public IReadOnlyList<DeprivationCostFunction> Costs { get; set; } = [];

        /// <summary>This worker's hourly arrays, reused run after run: a run's record is taken before its next run.</summary>
        public RunBuffers Buffers { get; } = new();
    }

    /// <summary>The one thread that writes: takes finished runs, commits a batch when it is full or five seconds old.</summary>
    private sealed class Writer(Sweep sweep, SweepDatabase database, BlockingCollection<RunRecord> queue, SweepOptions options, long committed, long total, Func<long> finished)
    {
        private long _committed = committed;

        public long Committed => Interlocked.Read(ref _committed);

        public TimeSpan Busy { get; private set; }

        public ExceptionDispatchInfo? Fault { get; private set; }

        public void Loop(CancellationTokenSource stop)
        {
            var batch = new List<RunRecord>(options.BatchRuns);
            var age = new Stopwatch();
            try
            {
                while (!queue.IsCompleted)
                {
                    if (queue.TryTake(out var record, TimeSpan.FromMilliseconds(100)))
                    {
                        if (batch.Count == 0)
                        {
                            age.Restart();
                        }

                        batch.Add(record);
                    }

                    if (batch.Count >= options.BatchRuns || (batch.Count > 0 && age.Elapsed >= MaxBatchAge))
                    {
                        Flush(batch);
                    }
                }

                Flush(batch);
            }
#pragma warning disable CA1031 // Not swallowed: kept and rethrown on the caller's thread once the runs have stopped.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Fault = ExceptionDispatchInfo.Capture(e);
                stop.Cancel();
                while (queue.TryTake(out _, System.Threading.Timeout.InfiniteTimeSpan))
                {
                    // Drain, so that no worker blocks on a queue nobody reads.
                }
            }
        }

        private void Flush(List<RunRecord> batch)
        {
            if (batch.Count == 0)
            {
                return;
            }

            var started = Stopwatch.GetTimestamp();
            database.Append(sweep, batch);
            Busy += Stopwatch.GetElapsedTime(started);
            var now = Interlocked.Add(ref _committed, batch.Count);
            batch.Clear();
            options.Progress?.Report(new SweepProgress(finished(), now, total, AfterCommit: true));
        }
    }
}
