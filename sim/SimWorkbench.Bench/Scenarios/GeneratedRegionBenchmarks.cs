using BenchmarkDotNet.Attributes;
using SimWorkbench.Benchmarks;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;

namespace SimWorkbench.Bench.Scenarios;

/// <summary>
/// One replication of each strategy on generated regions of 100, 300 and 1,000 cities over 180
/// days (<see cref="GeneratedRegion"/>): time and allocation should grow about linearly with
/// cities × days. The region is generated and loaded once per size, outside the measurement.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GeneratedRegionBenchmarks
{
    private Scenario scenario = null!;

    [Params(100, 300, 1000)]
    public int Cities { get; set; }

    [Params("centralised", "distributed", "hybrid")]
    public string Strategy { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => scenario = GeneratedRegion.Create(Cities, days: 180);

    /// <summary>The simulation alone: need, stock, allocation, trips, hazards.</summary>
    [Benchmark]
    public RunOutcome Run() => SupplyRun.Run(scenario, new StrategyId(Strategy), replication: 1);
}
