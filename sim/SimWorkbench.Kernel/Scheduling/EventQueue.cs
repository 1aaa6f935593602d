namespace SimWorkbench.Kernel.Scheduling;

/// <summary>
/// The future event list: a 4-ary min-heap of struct entries ordered by
/// (time, priority, insertion sequence), so that ties are broken deterministically and FIFO.
/// </summary>
/// <remarks>
/// Entries are structs in one array: pushing and popping allocate nothing once the array has
/// grown to the simulation's peak number of pending events. A 4-ary heap is shallower than a
/// binary one and keeps a node's children in one cache line.
/// </remarks>
internal sealed class EventQueue
{
    private const int Arity = 4;
    private Entry[] _entries = new Entry[64];
    private int _count;

    public int Count => _count;

    /// <summary>The time of the earliest entry; the queue must not be empty.</summary>
    public double PeekTime => _entries[0].Time;

    public void Push(double time, ulong order, Event item)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        var entries = _entries;
        var index = _count++;
        while (index > 0)
        {
            var parent = (index - 1) / Arity;
            ref var p = ref entries[parent];
            if (p.Time < time || (p.Time == time && p.Order < order))
            {
                break;
            }

            entries[index] = p;
            index = parent;
        }

        entries[index] = new Entry(time, order, item);
    }

    public Event Pop(out double time)
    {
        var entries = _entries;
        var top = entries[0];
        var last = --_count;
        if (last > 0)
        {
            var moving = entries[last];
            var index = 0;
            while (true)
            {
                var first = (index * Arity) + 1;
                if (first >= last)
                {
                    break;
                }

                var best = first;
                var end = Math.Min(first + Arity, last);
                for (var c = first + 1; c < end; c++)
                {
                    if (Precedes(in entries[c], in entries[best]))
                    {
                        best = c;
                    }
                }

                if (!Precedes(in entries[best], in moving))
                {
                    break;
                }

                entries[index] = entries[best];
                index = best;
            }

            entries[index] = moving;
        }

        entries[last] = default;
        time = top.Time;
        return top.Item;
    }

    private static bool Precedes(in Entry a, in Entry b) =>
        a.Time < b.Time || (a.Time == b.Time && a.Order < b.Order);

    private readonly struct Entry(double time, ulong order, Event item)
    {
        public readonly double Time = time;
        public readonly ulong Order = order;
        public readonly Event Item = item;
    }
}
