namespace SimWorkbench.Kernel;

/// <summary>A put into a <see cref="Store{T}"/>: succeeds when the item is in the store.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class StorePut<T> : Event
{
    internal StorePut(Store<T> store, T item)
        : base(store.Simulation)
    {
        Store = store;
        Item = item;
    }

    /// <summary>The store.</summary>
    public Store<T> Store { get; }

    /// <summary>The item to put.</summary>
    public T Item { get; }

    internal bool Withdrawn { get; set; }

    internal override void OnAbandoned()
    {
        if (!IsTriggered && !Withdrawn)
        {
            Store.Withdraw(this);
        }
    }

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException("A put is completed by its store; it cannot be triggered by hand.");
}
