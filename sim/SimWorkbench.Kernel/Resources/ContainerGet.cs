namespace SimWorkbench.Kernel;

/// <summary>A get from a <see cref="Container"/>: succeeds when the amount has been taken.</summary>
public sealed class ContainerGet : Event
{
    internal ContainerGet(Container container, double amount)
        : base(container.Simulation)
    {
        Container = container;
        Amount = amount;
    }

    /// <summary>The container.</summary>
    public Container Container { get; }

    /// <summary>The amount to take.</summary>
    public double Amount { get; }

    internal bool Withdrawn { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"Get({Amount:R})";

    internal override void OnAbandoned()
    {
        if (!IsTriggered && !Withdrawn)
        {
            Container.Withdraw(this);
        }
    }

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException("A get is completed by its container; it cannot be triggered by hand.");
}
