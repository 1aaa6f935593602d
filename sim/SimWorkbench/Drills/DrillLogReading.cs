using SimWorkbench.Drills.Logs;

namespace SimWorkbench.Drills;

/// <summary>What reading a drill log gave.</summary>
/// <param name="Errors">Why it could not be read, each naming the file and line; empty when it was.</param>
/// <param name="Log">The log, when it was read.</param>
public sealed record DrillLogReading(IReadOnlyList<string> Errors, SessionLog? Log)
{
    /// <summary>True when the log was read.</summary>
    public bool IsValid => Log is not null;
}
