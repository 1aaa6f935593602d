namespace SimWorkbench.Drills.Logs;

/// <summary>One line of a drill session's log after the header, as <see cref="DrillLogFile.Read"/> types it.</summary>
/// <param name="AtHours">When it happened, in hours from the start of the run (the line's <c>t</c>).</param>
public abstract record LogEntry(double AtHours);
