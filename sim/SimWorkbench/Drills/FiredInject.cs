namespace SimWorkbench.Drills;

/// <summary>An inject as it fired in a session.</summary>
/// <param name="Inject">The inject.</param>
/// <param name="AtHours">When it fired, in hours from the start (a contingency inject's time is its expectation's deadline).</param>
public sealed record FiredInject(Inject Inject, double AtHours);
