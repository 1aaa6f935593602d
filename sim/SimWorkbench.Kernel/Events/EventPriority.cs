namespace SimWorkbench.Kernel;

/// <summary>
/// Where an event goes among events scheduled for the same instant: urgent events (process
/// starts, interrupts) before normal ones; within one priority, first scheduled, first processed.
/// </summary>
public enum EventPriority
{
    /// <summary>Processed before every normal event of the same instant.</summary>
    Urgent = 0,

    /// <summary>The priority of ordinary events.</summary>
    Normal = 1,
}
