namespace SimWorkbench.Kernel;

/// <summary>A get from a <see cref="Container"/>: succeeds when the amount has been taken.</summary>
public sealed class ContainerGet : ContainerOperation
{
    internal ContainerGet(Container container)
        : base(container)
    {
    }

    /// <inheritdoc/>
    public override string ToString() => $"Get({Amount:R})";
}
