namespace SimWorkbench.Drills.Logs;

/// <summary>An expected action assessed: at its time limit, or at the drill's end when the limit lies beyond it.</summary>
/// <param name="AtHours">When it was assessed.</param>
/// <param name="Id">The expected action's id.</param>
/// <param name="Inject">The id of the inject that set it.</param>
/// <param name="Result"><c>met</c>, <c>missed</c> or <c>open</c> (the drill ended before its limit).</param>
/// <param name="MetAtHours">When the deliveries reached the amount, or null.</param>
/// <param name="DeadlineHours">When its time limit ran out, in hours from the start.</param>
public sealed record LoggedAssessment(double AtHours, string Id, string Inject, string Result, double? MetAtHours, double DeadlineHours) : LogEntry(AtHours);
