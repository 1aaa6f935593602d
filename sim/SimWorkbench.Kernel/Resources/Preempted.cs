namespace SimWorkbench.Kernel;

/// <summary>The cause of the interrupt a preempted user receives.</summary>
/// <param name="By">The process whose request took the unit, or null if made outside a process.</param>
/// <param name="ByRequest">The request that took the unit.</param>
/// <param name="Time">When the unit was taken, in hours.</param>
/// <param name="UsageSince">When the preempted user had been granted the unit, in hours.</param>
public sealed record Preempted(Process? By, Request ByRequest, double Time, double UsageSince);
