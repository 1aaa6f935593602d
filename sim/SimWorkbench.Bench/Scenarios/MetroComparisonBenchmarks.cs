using BenchmarkDotNet.Attributes;
using SimWorkbench.Metrics;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;

namespace SimWorkbench.Bench.Scenarios;

/// <summary>
/// The metro-earthquake example: one run of each strategy, and the metrics of one run, the two
/// pieces that a comparison of 100 replications repeats 300 times.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class MetroComparisonBenchmarks
{
    private Scenario scenario = null!;
    private RunOutcome outcome = null!;
    private DeprivationCostFunction[] costs = [];

    [Params("centralised", "distributed", "hybrid")]
    public string Strategy { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var folder = ScenarioFolder.Find();
        scenario = ScenarioLoader.Load(Path.Combine(folder, "metro-earthquake.yaml"), new ScenarioLoadOptions { Root = folder }).Scenario
            ?? throw new InvalidOperationException("scenarios/metro-earthquake.yaml does not load.");
        outcome = SupplyRun.Run(scenario, new StrategyId(Strategy), replication: 1);
        costs = [.. scenario.Commodities.Select(c => c.DeprivationCost)];
    }

    /// <summary>One replication's simulation.</summary>
    [Benchmark(Baseline = true)]
    public RunOutcome Run() => SupplyRun.Run(scenario, new StrategyId(Strategy), replication: 1);

    /// <summary>One replication's metrics, per city and overall, from its hourly need and service.</summary>
    [Benchmark]
    public RunMetrics MetricsOfOneRun() => Comparison.MetricsOf(scenario, outcome, Comparison.OnsetHourOf(scenario), costs, keepEvents: false);
}
