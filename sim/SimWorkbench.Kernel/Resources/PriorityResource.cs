namespace SimWorkbench.Kernel;

/// <summary>A <see cref="Resource"/> whose queue is served by priority (lower first), then first come.</summary>
public class PriorityResource : Resource
{
    /// <summary>Creates a priority resource.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="capacity">The number of units; at least 1.</param>
    public PriorityResource(Simulation simulation, int capacity)
        : base(simulation, capacity)
    {
    }

    /// <summary>Requests one unit with a priority.</summary>
    /// <param name="priority">Lower numbers are served first.</param>
    /// <returns>The request.</returns>
    public Request Request(int priority) => Enqueue(priority, preempt: false);
}
