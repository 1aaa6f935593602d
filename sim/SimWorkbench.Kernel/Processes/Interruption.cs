namespace SimWorkbench.Kernel;

/// <summary>The urgent event that delivers <see cref="Process.Interrupt"/> to its process.</summary>
internal sealed class Interruption : Event
{
    public Interruption(Process process, object? cause)
        : base(process.Simulation)
    {
        Cause = cause;
        AddWaitingProcess(process);
        TriggerSuccess(null, 0, EventPriority.Urgent);
    }

    public object? Cause { get; }

    public override string ToString() => $"Interruption({Cause})";

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException("An interruption is triggered by Process.Interrupt.");
}
