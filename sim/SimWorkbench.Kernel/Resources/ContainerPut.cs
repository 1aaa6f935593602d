namespace SimWorkbench.Kernel;

/// <summary>A put into a <see cref="Container"/>: succeeds when the amount has been added.</summary>
public sealed class ContainerPut : Event
{
    internal ContainerPut(Container container, double amount)
        : base(container.Simulation)
    {
        Container = container;
        Amount = amount;
    }

    /// <summary>The container.</summary>
    public Container Container { get; }

    /// <summary>The amount to add.</summary>
    public double Amount { get; }

    internal bool Withdrawn { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"Put({Amount:R})";

    internal override void OnAbandoned()
    {
        if (!IsTriggered && !Withdrawn)
        {
            Container.Withdraw(this);
        }
    }

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException("A put is completed by its container; it cannot be triggered by hand.");
}
