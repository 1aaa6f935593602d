namespace SimWorkbench.Kernel;

/// <summary>A put into a <see cref="Container"/>: succeeds when the amount has been added.</summary>
public sealed class ContainerPut : ContainerOperation
{
    internal ContainerPut(Container container)
        : base(container)
    {
    }

    /// <inheritdoc/>
    public override string ToString() => $"Put({Amount:R})";
}
