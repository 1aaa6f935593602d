using BenchmarkDotNet.Attributes;
using SimWorkbench.Benchmarks;

namespace SimWorkbench.Bench.Kernel;

/// <summary>
/// The three standard kernel models (and the async variant of the scheduler), each one full run
/// per invocation. Divide the time by the operations each model reports (about 10 M timeouts,
/// 200,000 customers, 2 M puts and gets) for the rates; the memory diagnoser shows bytes per run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class KernelModelBenchmarks
{
    /// <summary>1,000 processes waiting Exponential(1) in a loop until t = 10,000.</summary>
    [Benchmark]
    public long Scheduler() => KernelModels.Scheduler().Operations;

    /// <summary>The same with async processes: the cost of await beside yield.</summary>
    [Benchmark]
    public long SchedulerAsync() => KernelModels.SchedulerAsync().Operations;

    /// <summary>M/M/4 at ρ = 0.9, 200,000 customers.</summary>
    [Benchmark]
    public long Mmc() => KernelModels.Mmc().Operations;

    /// <summary>10 producers and 50 consumers on a container until t = 100,000.</summary>
    [Benchmark]
    public long Stockpile() => KernelModels.Stockpile().Operations;
}
