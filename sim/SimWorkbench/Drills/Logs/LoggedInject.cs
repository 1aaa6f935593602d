namespace SimWorkbench.Drills.Logs;

/// <summary>An inject that fired.</summary>
/// <param name="AtHours">When it fired.</param>
/// <param name="Id">The inject's id.</param>
/// <param name="Kind">Its kind as the log writes it (<c>Message</c>, <c>Hazard</c>, <c>DataUpdate</c>, <c>DecisionPoint</c>).</param>
/// <param name="To">The role it was addressed to, or null.</param>
/// <param name="Text">What the trainees were told.</param>
public sealed record LoggedInject(double AtHours, string Id, string Kind, string? To, string Text) : LogEntry(AtHours);
