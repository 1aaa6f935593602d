namespace SimWorkbench.Kernel;

/// <summary>A get from a <see cref="Store{T}"/>: succeeds with the item taken.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class StoreGet<T> : Event
{
    private T? _item;

    internal StoreGet(Store<T> store, Func<T, bool>? predicate)
        : base(store.Simulation)
    {
        Store = store;
        Predicate = predicate;
    }

    /// <summary>The store.</summary>
    public Store<T> Store { get; }

    /// <summary>The item taken.</summary>
    /// <exception cref="InvalidOperationException">No item has been taken yet.</exception>
    public T Item => IsTriggered ? _item! : throw new InvalidOperationException("The get has not been served yet.");

    internal Func<T, bool>? Predicate { get; }

    internal void Deliver(T item)
    {
        _item = item;
        TriggerSuccess(item);
    }

    internal override void OnAbandoned()
    {
        if (!IsTriggered)
        {
            Store.Withdraw(this);
        }
    }

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException("A get is completed by its store; it cannot be triggered by hand.");
}
