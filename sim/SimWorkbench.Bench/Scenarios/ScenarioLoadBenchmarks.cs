using BenchmarkDotNet.Attributes;
using SimWorkbench.Scenarios;

namespace SimWorkbench.Bench.Scenarios;

/// <summary>
/// Load and validate the largest example scenario (metro-earthquake.yaml, with its anchors and
/// aliases) and a what-if that extends it: parse, merge, read, check. From text already in
/// memory, and from the file, so that disk time shows apart.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ScenarioLoadBenchmarks
{
    private string folder = string.Empty;
    private string metroPath = string.Empty;
    private string metroText = string.Empty;
    private ScenarioLoadOptions options = ScenarioLoadOptions.Default;

    [GlobalSetup]
    public void Setup()
    {
        folder = ScenarioFolder.Find();
        metroPath = Path.Combine(folder, "metro-earthquake.yaml");
        metroText = File.ReadAllText(metroPath);
        options = new ScenarioLoadOptions { Root = folder };
    }

    /// <summary>The largest example from text: the loader's own cost.</summary>
    [Benchmark(Baseline = true)]
    public Scenario? MetroFromText() => Valid(ScenarioLoader.Parse(metroText, metroPath, options));

    /// <summary>The same from the file.</summary>
    [Benchmark]
    public Scenario? MetroFromFile() => Valid(ScenarioLoader.Load(metroPath, options));

    /// <summary>A what-if: the base file read and parsed too, then merged by id.</summary>
    [Benchmark]
    public Scenario? WhatIfFromFile() => Valid(ScenarioLoader.Load(Path.Combine(folder, "what-if", "reserve-to-districts.yaml"), options));

    private static Scenario Valid(ScenarioLoadResult result) =>
        result.Scenario ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
}
