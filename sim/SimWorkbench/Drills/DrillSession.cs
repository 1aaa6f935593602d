using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Drills;

/// <summary>One play of a drill: what happened in the world, to each order and each expected action, and the log.</summary>
/// <param name="Strategy">The strategy whose holdings were played.</param>
/// <param name="Automatic">True when the strategy's own allocator played; false when the trainees' orders (or none) did.</param>
/// <param name="Outcome">The run.</param>
/// <param name="Orders">Each order and what became of it, in the order given.</param>
/// <param name="Assessments">Each expected action of the injects that fired, in the order of their deadlines.</param>
/// <param name="FiredInjects">The ids of the injects that fired, in order.</param>
/// <param name="Log">The log entries (JSON lines: injects, orders, hazards, deliveries, assessments, summary), in time order.</param>
public sealed record DrillSession(
    StrategyId Strategy,
    bool Automatic,
    RunOutcome Outcome,
    IReadOnlyList<OrderResult> Orders,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<string> FiredInjects,
    IReadOnlyList<string> Log)
{
    /// <summary>The run's metrics over the drill (hours from the start of the run).</summary>
    public required RunMetrics Metrics { get; init; }

    /// <summary>The injects that fired, with their times, in order (<see cref="FiredInjects"/> gives their ids).</summary>
    public IReadOnlyList<FiredInject> Fired { get; init; } = [];
}
