namespace SimWorkbench.Kernel;

/// <summary>
/// A get from a <see cref="Container"/>: succeeds when the amount has been taken. Recycled like
/// a <see cref="Timeout"/> once processed if only its one waiting process saw it.
/// </summary>
public sealed class ContainerGet : Event
{
    internal ContainerGet(Container container)
        : base(container.Simulation)
    {
        Container = container;
    }

    /// <summary>The container.</summary>
    public Container Container { get; }

    /// <summary>The amount to take.</summary>
    public double Amount { get; private set; }

    internal bool Withdrawn { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"Get({Amount:R})";

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
        throw new InvalidOperationException("A get is completed by its container; it cannot be triggered by hand.");
}
