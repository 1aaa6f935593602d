namespace SimWorkbench.Kernel;

/// <summary>
/// A <see cref="Store{T}"/> whose gets can ask for the first item that matches a predicate (the
/// first truck with enough payload). A get with no match waits without holding back the gets behind it.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class FilterStore<T> : Store<T>
{
    /// <summary>Creates a filter store.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="capacity">The most items it holds; at least 1.</param>
    public FilterStore(Simulation simulation, int capacity = int.MaxValue)
        : base(simulation, capacity)
    {
    }

    /// <summary>Takes the oldest item that matches <paramref name="predicate"/>, once there is one.</summary>
    /// <param name="predicate">Which items will do.</param>
    /// <returns>An event that succeeds with the item.</returns>
    public StoreGet<T> Get(Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return AddGet(predicate);
    }

    private protected override bool GetsMayOvertake => true;
}
