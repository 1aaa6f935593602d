namespace SimWorkbench.Drills.Logs;

/// <summary>A line of a type this reader does not type (written by a newer simwb): kept as it is, not dropped.</summary>
/// <param name="AtHours">Its time.</param>
/// <param name="Type">Its <c>type</c>.</param>
/// <param name="Json">The whole line.</param>
public sealed record LoggedOther(double AtHours, string Type, string Json) : LogEntry(AtHours);
