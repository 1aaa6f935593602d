using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Drills;

/// <summary>One line of the after-action table: the trainees, "no orders", or an automatic strategy, played on the same random streams.</summary>
/// <param name="Label">"trainees", "no orders", or "automatic: &lt;strategy&gt;".</param>
/// <param name="Session">The session the line comes from.</param>
public sealed record AfterActionRow(string Label, DrillSession Session)
{
    /// <summary>The strategy whose holdings were played.</summary>
    public StrategyId Strategy => Session.Strategy;

    /// <summary>The run's metrics.</summary>
    public RunMetrics Metrics => Session.Metrics;

    /// <summary>Expected actions met within their time limits.</summary>
    public int ExpectationsMet => Session.Assessments.Count(a => a.Met);

    /// <summary>Expected actions missed (or still open at the end).</summary>
    public int ExpectationsMissed => Session.Assessments.Count(a => !a.Met);
}
