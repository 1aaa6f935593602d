using SimWorkbench.Strategies;

namespace SimWorkbench.Drills.Logs;

/// <summary>
/// A drill session's log as <see cref="DrillLogFile.Read"/> gives it: what the header says about
/// the drill and the orders, every entry in log order (time order), and the outcome.
/// </summary>
/// <param name="DrillPath">The drill file as the header names it: relative to the log's folder (absolute in logs written before that).</param>
/// <param name="DrillSha256">The SHA-256 of the drill file's text as played.</param>
/// <param name="ScenarioSha256">The SHA-256 of its scenario as run (the <c>extends</c> chain resolved), or null in older logs.</param>
/// <param name="Strategy">The strategy whose holdings the trainees commanded.</param>
/// <param name="Orders">The orders as given, in file order.</param>
/// <param name="Entries">Every line after the header but the summary, in log order.</param>
/// <param name="Summary">The last line.</param>
public sealed record SessionLog(
    string DrillPath,
    string DrillSha256,
    string? ScenarioSha256,
    StrategyId Strategy,
    IReadOnlyList<DrillOrder> Orders,
    IReadOnlyList<LogEntry> Entries,
    SessionSummary Summary)
{
    /// <summary>The injects that fired, in order.</summary>
    public IReadOnlyList<LoggedInject> Injects => [.. Entries.OfType<LoggedInject>()];

    /// <summary>The orders with their outcomes, in the order they were given.</summary>
    public IReadOnlyList<LoggedOrder> OrderResults => [.. Entries.OfType<LoggedOrder>()];

    /// <summary>The expected actions as assessed.</summary>
    public IReadOnlyList<LoggedAssessment> Assessments => [.. Entries.OfType<LoggedAssessment>()];

    /// <summary>The hazards that struck.</summary>
    public IReadOnlyList<LoggedHazard> Hazards => [.. Entries.OfType<LoggedHazard>()];

    /// <summary>The data updates that changed the world.</summary>
    public IReadOnlyList<LoggedUpdate> Updates => [.. Entries.OfType<LoggedUpdate>()];

    /// <summary>The loads unloaded into cities.</summary>
    public IReadOnlyList<LoggedDelivery> Deliveries => [.. Entries.OfType<LoggedDelivery>()];

    /// <summary>The drill file's full path, found relative to the log's folder.</summary>
    /// <param name="logPath">Where the log is now.</param>
    /// <returns>The path the drill should be at.</returns>
    public string DrillPathFrom(string logPath)
    {
        ArgumentNullException.ThrowIfNull(logPath);
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(logPath))!, DrillPath));
    }
}
