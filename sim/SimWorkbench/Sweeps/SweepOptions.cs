using SimWorkbench.Strategies;

namespace SimWorkbench.Sweeps;

/// <summary>How to run a sweep; every setting has a default, and none changes the results.</summary>
public sealed record SweepOptions
{
    /// <summary>
    /// How many runs at once (at least 1): that many worker threads, each keeping its buffers from
    /// run to run; one per core by default.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The part of the sweep to run; <see cref="SweepShard.Whole"/> by default.</summary>
    public SweepShard Shard { get; init; } = SweepShard.Whole;

    /// <summary>Runs written per database transaction (at most; a batch is also committed once five seconds old). Smaller batches lose less to a kill and cost more time.</summary>
    public int BatchRuns { get; init; } = 1024;

    /// <summary>The allocation logic of a strategy; null for <see cref="Runs.SupplyRun.DefaultAllocator"/>. A new one is made for every run.</summary>
    public Func<Strategy, ISupplyStrategy>? AllocatorFor { get; init; }

    /// <summary>Told, from any thread, after every run finished and after every commit.</summary>
    public IProgress<SweepProgress>? Progress { get; init; }
}
