namespace SimWorkbench.Kernel;

/// <summary>
/// A <see cref="PriorityResource"/> where a request may take a unit from the user of lowest
/// priority (the latest among equals) when its own priority is strictly higher. The preempted
/// user's process is interrupted with a <see cref="Preempted"/> cause.
/// </summary>
public sealed class PreemptiveResource : PriorityResource
{
    /// <summary>Creates a preemptive resource.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="capacity">The number of units; at least 1.</param>
    public PreemptiveResource(Simulation simulation, int capacity)
        : base(simulation, capacity)
    {
    }

    /// <summary>Requests one unit with a priority, preempting a lower-priority user if <paramref name="preempt"/>.</summary>
    /// <param name="priority">Lower numbers are served first.</param>
    /// <param name="preempt">Whether the request may take a unit from a user of lower priority.</param>
    /// <returns>The request.</returns>
    public Request Request(int priority, bool preempt) => Enqueue(priority, preempt);
}
