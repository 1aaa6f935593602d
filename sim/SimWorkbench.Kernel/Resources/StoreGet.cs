namespace SimWorkbench.Kernel;

/// <summary>A get from a <see cref="Store{T}"/>: succeeds with the item taken.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class StoreGet<T> : Event
{
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
    public T Item => IsTriggered ? (T)RawValue! : throw new InvalidOperationException("The get has not been served yet.");

    internal Func<T, bool>? Predicate { get; }

    // The item is kept only as the event's value: one field less in an object made per get.
    internal void Deliver(T item) => TriggerSuccess(item);

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
