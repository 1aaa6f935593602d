using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Reading;
using SimWorkbench.Scenarios.Yaml;
using SimWorkbench.Strategies;
using SimWorkbench.Sweeps.Reading;

namespace SimWorkbench.Sweeps;

/// <summary>
/// A validated sweep: a base scenario, the values it varies, and every run that follows
/// (point × strategy × replication). Obtain one from <see cref="SweepLoader"/>; every point's
/// scenario has been read and validated. Run <c>i</c> is point <c>i / (S·R)</c>, strategy
/// <c>(i / R) mod S</c>, replication <c>i mod R</c>.
/// </summary>
public sealed class Sweep
{
    private readonly YamlMap _base;
    private readonly IReadOnlyList<ParameterSite> _sites;

    internal Sweep(
        string name,
        Scenario baseScenario,
        YamlMap baseTree,
        IReadOnlyList<SweepParameter> parameters,
        IReadOnlyList<ParameterSite> sites,
        SweepDesign design,
        IReadOnlyList<SweepPoint> points,
        IReadOnlyList<StrategyId> strategies,
        int replications,
        ulong seed,
        IReadOnlyList<ReportedMetric> metrics,
        IReadOnlyList<SeriesKind> series,
        string fingerprint)
    {
        Name = name;
        BaseScenario = baseScenario;
        _base = baseTree;
        Parameters = parameters;
        _sites = sites;
        Design = design;
        Points = points;
        Strategies = strategies;
        Replications = replications;
        Seed = seed;
        Metrics = metrics;
        Series = series;
        Fingerprint = fingerprint;
    }

    /// <summary>The sweep's display name.</summary>
    public string Name { get; }

    /// <summary>The base scenario, as loaded (before any parameter is applied).</summary>
    public Scenario BaseScenario { get; }

    /// <summary>The parameters varied, in file order: the runs table's parameter columns.</summary>
    public IReadOnlyList<SweepParameter> Parameters { get; }

    /// <summary>How the points were chosen.</summary>
    public SweepDesign Design { get; }

    /// <summary>Every point, in design order.</summary>
    public IReadOnlyList<SweepPoint> Points { get; }

    /// <summary>The strategies run at every point, in order.</summary>
    public IReadOnlyList<StrategyId> Strategies { get; }

    /// <summary>Replications per point and strategy.</summary>
    public int Replications { get; }

    /// <summary>The sweep seed every point's seed derives from.</summary>
    public ulong Seed { get; }

    /// <summary>The metrics kept for every run, in catalogue order: the runs table's metric columns.</summary>
    public IReadOnlyList<ReportedMetric> Metrics { get; }

    /// <summary>The time series kept for every run.</summary>
    public IReadOnlyList<SeriesKind> Series { get; }

    /// <summary>
    /// A SHA-256 of the text of the sweep file, the base scenario file and every file that one
    /// <c>extends</c>: two databases with the same fingerprint hold runs of the same sweep, and an
    /// edit to any of those files makes another.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>The number of runs: points × strategies × replications.</summary>
    public long RunCount => (long)Points.Count * Strategies.Count * Replications;

    /// <summary>The point, strategy and replication of run <paramref name="run"/>.</summary>
    /// <param name="run">The run's index, in [0, <see cref="RunCount"/>).</param>
    /// <returns>The point's index, the strategy's index and the replication.</returns>
    public (int Point, int Strategy, int Replication) Locate(long run)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, RunCount);
        var (rest, replication) = Math.DivRem(run, Replications);
        var (point, strategy) = Math.DivRem(rest, Strategies.Count);
        return ((int)point, (int)strategy, (int)replication);
    }

    /// <summary>The scenario of one point: the base with the point's values applied, seeded with the point's seed.</summary>
    /// <param name="point">The point's index.</param>
    /// <returns>The scenario.</returns>
    public Scenario ScenarioAt(int point)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(point);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(point, Points.Count);
        var bag = new DiagnosticBag();
        var scenario = Read(Points[point], bag);
        return scenario ?? throw new InvalidOperationException(
            $"Point {point} of sweep '{Name}' no longer reads: {string.Join("; ", bag.Sorted())}");
    }

    /// <summary>Reads a point's scenario, reporting into <paramref name="bag"/> (what the loader validates every point with).</summary>
    internal Scenario? Read(SweepPoint point, DiagnosticBag bag)
    {
        var tree = _base;
        for (var p = 0; p < Parameters.Count; p++)
        {
            tree = ScenarioPaths.Replace(tree, _sites[p].Steps, new YamlScalar(_sites[p].At(point.Values[p]), point.Values[p], isPlain: true));
        }

        return ScenarioReader.Read(tree, bag) is { } scenario ? scenario with { Seed = point.Seed } : null;
    }
}
