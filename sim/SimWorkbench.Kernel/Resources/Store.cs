namespace SimWorkbench.Kernel;

/// <summary>
/// A store of discrete items (vehicles, kits) with a capacity: a put waits for room, a get waits
/// for an item. Items leave in the order they came; puts and gets are served first come, first served.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public class Store<T>
{
    private readonly List<T> _items = [];
    private readonly Queue<StorePut<T>> _puts = new();
    private readonly List<StoreGet<T>> _gets = [];
    private int _waitingPuts;

    /// <summary>Creates a store.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="capacity">The most items it holds; at least 1.</param>
    public Store(Simulation simulation, int capacity = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Simulation = simulation;
        Capacity = capacity;
    }

    /// <summary>The simulation.</summary>
    public Simulation Simulation { get; }

    /// <summary>The most items the store holds.</summary>
    public int Capacity { get; }

    /// <summary>The number of items in the store.</summary>
    public int Count => _items.Count;

    /// <summary>The items in the store, oldest first.</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary>The number of puts waiting for room.</summary>
    public int WaitingPuts => _waitingPuts;

    /// <summary>The number of gets waiting for an item.</summary>
    public int WaitingGets => _gets.Count;

    /// <summary>Adds an item once there is room.</summary>
    /// <param name="item">The item.</param>
    /// <returns>An event that succeeds when the item is in the store.</returns>
    public StorePut<T> Put(T item)
    {
        var put = new StorePut<T>(this, item);
        _puts.Enqueue(put);
        _waitingPuts++;
        Settle();
        return put;
    }

    /// <summary>Takes the oldest item once there is one.</summary>
    /// <returns>An event that succeeds with the item.</returns>
    public StoreGet<T> Get() => AddGet(null);

    /// <summary>
    /// Takes the oldest item now, without an event, if there is one and no get is waiting before
    /// this one: what <see cref="Get"/> would grant at once, for a caller that carries on at once.
    /// </summary>
    /// <param name="item">The item taken, when there was one.</param>
    /// <returns>False, taking nothing, when the store is empty or gets are waiting.</returns>
    public bool TryGet(out T item)
    {
        if (_gets.Count > 0 || _items.Count == 0)
        {
            item = default!;
            return false;
        }

        item = _items[0];
        _items.RemoveAt(0);
        Settle(); // a put waiting for room may now enter
        return true;
    }

    /// <summary>
    /// Adds an item now, without an event, if there is room and no put is waiting before this one,
    /// and serves the gets waiting for it: what <see cref="Put"/> would grant at once.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns>False, adding nothing, when the store is full or puts are waiting.</returns>
    public bool TryPut(T item)
    {
        if (_waitingPuts > 0 || _items.Count >= Capacity)
        {
            return false;
        }

        _items.Add(item);
        Settle();
        return true;
    }

    /// <summary>True for a <see cref="FilterStore{T}"/>: a get that finds no match does not hold back the gets behind it.</summary>
    private protected virtual bool GetsMayOvertake => false;

    private protected StoreGet<T> AddGet(Func<T, bool>? predicate)
    {
        var get = new StoreGet<T>(this, predicate);
        _gets.Add(get);
        Settle();
        return get;
    }

    internal void Withdraw(StorePut<T> put)
    {
        put.Withdrawn = true;
        _waitingPuts--;
        Settle();
    }

    internal void Withdraw(StoreGet<T> get)
    {
        _gets.Remove(get);
        Settle();
    }

    private void Settle()
    {
        bool moved;
        do
        {
            moved = false;
            while (_puts.TryPeek(out var put) && (put.Withdrawn || _items.Count < Capacity))
            {
                _puts.Dequeue();
                if (put.Withdrawn)
                {
                    continue;
                }

                _waitingPuts--;
                _items.Add(put.Item);
                put.TriggerSuccess(null);
                moved = true;
            }

            moved |= ServeGets();
        }
        while (moved && _waitingPuts > 0);
    }

    private bool ServeGets()
    {
        var served = false;
        for (var g = 0; g < _gets.Count && _items.Count > 0;)
        {
            var get = _gets[g];
            var found = IndexOfMatch(get.Predicate);
            if (found < 0)
            {
                if (!GetsMayOvertake)
                {
                    break;
                }

                g++;
                continue;
            }

            var item = _items[found];
            _items.RemoveAt(found);
            _gets.RemoveAt(g);
            get.Deliver(item);
            served = true;
        }

        return served;
    }

    private int IndexOfMatch(Func<T, bool>? predicate)
    {
        if (predicate is null)
        {
            return _items.Count > 0 ? 0 : -1;
        }

        for (var i = 0; i < _items.Count; i++)
        {
            if (predicate(_items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
