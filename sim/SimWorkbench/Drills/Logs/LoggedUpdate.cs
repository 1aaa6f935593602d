namespace SimWorkbench.Drills.Logs;

/// <summary>A data update that changed the world.</summary>
/// <param name="AtHours">When it applied.</param>
/// <param name="Inject">The id of the inject that carried it.</param>
/// <param name="Change">What it changed, in words (e.g. "need for medical in harbour ×4 until 522 h").</param>
public sealed record LoggedUpdate(double AtHours, string Inject, string Change) : LogEntry(AtHours);
