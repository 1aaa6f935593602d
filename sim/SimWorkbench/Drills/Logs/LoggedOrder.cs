namespace SimWorkbench.Drills.Logs;

/// <summary>An order given, and what became of it (accepted with its vehicle loads, or refused with the reason).</summary>
/// <param name="AtHours">When it was given.</param>
/// <param name="Result">The order and its outcome.</param>
public sealed record LoggedOrder(double AtHours, OrderResult Result) : LogEntry(AtHours);
