using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;
using SimWorkbench.WhatIf;

namespace SimWorkbench;

/// <summary>
/// The few calls a notebook needs: load a scenario, compare its strategies, compare a what-if
/// with its baseline. Edit a scenario with <see cref="ScenarioEdits"/>; for every option, use
/// <see cref="Comparison.Run"/> and <see cref="WhatIfComparison.Run"/> directly.
/// </summary>
/// <example>
/// <code>
/// var baseline = Workbench.Load("../scenarios/metro-earthquake.yaml");
/// var bridgeDown = baseline.WithLinkClosed("bay-bridge");
/// var result = Workbench.CompareWhatIf(baseline, bridgeDown, replications: 10);
/// </code>
/// </example>
public static class Workbench
{
    /// <summary>Loads and validates a scenario file (and the files it <c>extends</c>).</summary>
    /// <param name="path">The file, relative to the current folder (a notebook's own folder) or absolute.</param>
    /// <param name="options">Root folder and limits; the defaults when null.</param>
    /// <returns>The scenario. Warnings are not reported: <see cref="ScenarioLoader.Load(string, ScenarioLoadOptions?)"/> returns them.</returns>
    /// <exception cref="InvalidScenarioException">The file has errors: the message lists every diagnostic, with file, line and column.</exception>
    public static Scenario Load(string path, ScenarioLoadOptions? options = null)
    {
        var loaded = ScenarioLoader.Load(path, options);
        return loaded.Scenario ?? throw new InvalidScenarioException(path, loaded.Diagnostics);
    }

    /// <summary>Runs strategies of a scenario over replications and compares them (common random numbers).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="replications">Runs per strategy; the scenario's own when null.</param>
    /// <param name="strategies">The strategies' ids, in the order to report them; all the scenario's when null.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">An unknown strategy, or fewer than one replication.</exception>
    public static ComparisonResult Compare(Scenario scenario, int? replications = null, IReadOnlyList<string>? strategies = null) =>
        Comparison.Run(scenario, Options(replications, strategies));

    /// <summary>Runs a what-if and its baseline on the same random numbers and pairs their metrics.</summary>
    /// <param name="baseline">The scenario as it is.</param>
    /// <param name="variant">The what-if, e.g. <c>baseline.WithLinkClosed("bay-bridge")</c>.</param>
    /// <param name="replications">Runs per strategy and scenario; the baseline's own when null.</param>
    /// <param name="strategies">The strategies' ids; all the baseline's when null.</param>
    /// <returns>Both comparisons and the differences what-if − baseline.</returns>
    /// <exception cref="ArgumentException">The scenarios do not match (commodities, horizon, strategies), an unknown strategy, or fewer than one replication.</exception>
    public static WhatIfResult CompareWhatIf(Scenario baseline, Scenario variant, int? replications = null, IReadOnlyList<string>? strategies = null) =>
        WhatIfComparison.Run(baseline, variant, Options(replications, strategies));

    private static ComparisonOptions Options(int? replications, IReadOnlyList<string>? strategies) => new()
    {
        Replications = replications,
        Strategies = strategies?.Select(s => new StrategyId(s)).ToArray(),
    };
}
