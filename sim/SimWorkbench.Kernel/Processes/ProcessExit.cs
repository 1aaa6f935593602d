namespace SimWorkbench.Kernel;

/// <summary>Yielded by an iterator process to end with a result; never scheduled.</summary>
internal sealed class ProcessExit(Simulation simulation, object? result) : Event(simulation)
{
    public object? Result { get; } = result;

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException("Simulation.Exit marks the end of a process; it cannot be triggered.");
}
