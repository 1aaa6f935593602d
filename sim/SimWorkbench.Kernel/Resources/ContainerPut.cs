namespace SimWorkbench.Kernel;

/// <summary>
/// A put into a <see cref="Container"/>: succeeds when the amount has been added. Recycled like
/// a <see cref="Timeout"/> once processed if only its one waiting process saw it.
/// </summary>
public sealed class ContainerPut : Event
{
    internal ContainerPut(Container container)
        : base(container.Simulation)
    {
        Container = container;
    }

    /// <summary>The container.</summary>
    public Container Container { get; }

    /// <summary>The amount to add.</summary>
    public double Amount { get; private set; }

    internal bool Withdrawn { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"Put({Amount:R})";

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
        throw new InvalidOperationException("A put is completed by its container; it cannot be triggered by hand.");
}
