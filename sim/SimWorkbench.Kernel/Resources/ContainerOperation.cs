namespace SimWorkbench.Kernel;

/// <summary>
/// A put into or a get from a <see cref="Container"/>: an event that succeeds when the amount
/// has moved. Recycled like a <see cref="Timeout"/> once processed if only its one waiting process saw it.
/// </summary>
public abstract class ContainerOperation : Event
{
    private protected ContainerOperation(Container container)
        : base(container.Simulation)
    {
        Container = container;
    }

    /// <summary>The container.</summary>
    public Container Container { get; }

    /// <summary>The amount to move.</summary>
    public double Amount { get; private set; }

    internal bool Withdrawn { get; set; }

    internal void Start(double amount)
    {
        Amount = amount;
        Withdrawn = false;
        Recyclable = true;
    }

    internal override void OnAbandoned()
    {
        if (!IsTriggered && !Withdrawn)
        {
            Container.Withdraw(this);
        }
    }

    internal override void Recycle() => Container.Recycle(this);

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException($"{this} is completed by its container; it cannot be triggered by hand.");
}
