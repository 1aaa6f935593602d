namespace SimWorkbench.Kernel;

/// <summary>The listeners of an event that has more than one, in the order they were added.</summary>
internal sealed class ListenerList
{
    private object[] _items = new object[4];

    public ListenerList(object first)
    {
        _items[0] = first;
        Count = 1;
    }

    public int Count { get; private set; }

    public object this[int index] => _items[index];

    public void Add(object listener)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
        }

        _items[Count++] = listener;
    }

    public bool Remove(object listener)
    {
        for (var i = 0; i < Count; i++)
        {
            if (ReferenceEquals(_items[i], listener))
            {
                Array.Copy(_items, i + 1, _items, i, Count - i - 1);
                _items[--Count] = null!;
                return true;
            }
        }

        return false;
    }
}
