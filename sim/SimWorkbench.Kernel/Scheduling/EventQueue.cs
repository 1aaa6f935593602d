namespace SimWorkbench.Kernel.Scheduling;

/// <summary>
/// The future event list: a calendar queue (Brown 1988) ordered exactly by (time, priority,
/// insertion sequence), so that ties are broken deterministically and first in, first out.
/// </summary>
/// <remarks>
/// <para>
/// Time is cut into buckets of a fixed width; an event goes to bucket number
/// <c>floor(time / width)</c>, stored at that number modulo the bucket count, where entries are
/// kept sorted. Because the bucket number is monotone in time, ordering by (bucket number, time,
/// sequence) is exactly ordering by (time, sequence): the queue is a pure speed-up, never an
/// approximation. Pushing and popping are constant time on average, against a heap's logarithm
/// (measured on this project's 2-core machines with 1,000 pending events: about 40 ns per
/// pop and push against 100 ns for a binary heap and 140 ns for a 4-ary one).
/// </para>
/// <para>
/// Events scheduled for the current instant (a request granted, a process started, an event
/// succeeded: half of all events in typical models) skip the calendar and wait in two first-in,
/// first-out lanes, one per priority; each pop takes the least of the lanes' heads and the
/// calendar's earliest entry by the same exact key.
/// </para>
/// <para>
/// The bucket count doubles and halves with the number of events, and the width is re-estimated
/// then from the spacing of the earliest events (three mean gaps, as Brown proposes), and again
/// whenever the work per operation (empty buckets skipped, entries shifted) drifts above a
/// bound. Entries hold no object reference (events sit in a slot array), so moving them costs
/// no garbage-collector write barrier. An entry is 16 bytes, a time and a slot: the order waits
/// in the slot beside its event and is read only to break a tie in time, and the bucket number
/// is recomputed from the time rather than stored (against 32-byte entries holding both, the
/// scheduler model ran 2 to 4% faster: medians of per-round CPU-time ratios in two sets of
/// alternating runs on a 2-core machine under a load average of 3 to 7).
/// Nothing is allocated once the arrays have grown to the simulation's peak number of pending
/// events: resizing the calendar hands the old buckets' arrays to the new ones.
/// </para>
/// </remarks>
internal sealed partial class EventQueue
{
    private const int MinBuckets = 16;
    private const int SampleSize = 32;
    private const int TuneWindow = 4096;
    private const int MaxWorkPerOperation = 6;
    private const double MaxBucketNumber = 4e18;

    private Bucket[] _buckets = [];
    private int _mask;
    private double _inverseWidth;
    private long _current;
    private int _count;
    private Slot[] _slots = new Slot[64];
    private int[] _freeSlots = new int[64];
    private int _freeCount;
    private int _slotCount;
    private int _operations;
    private long _work;
    private Lane _urgentNow = new();
    private Lane _normalNow = new();

    // For Rebuild: the entries taken out, and the arrays of buckets no longer in use.
    private Entry[] _scratch = [];
    private readonly Stack<Entry[]> _spareItems = new();

    public EventQueue() => Reset(MinBuckets, 1.0);

    public int Count => _count + _urgentNow.Count + _normalNow.Count;

    /// <summary>The time of the earliest entry; the queue must not be empty.</summary>
    public double PeekTime
    {
        get
        {
            if (_urgentNow.Count > 0)
            {
                return _urgentNow.HeadTime;
            }

            if (_normalNow.Count > 0)
            {
                return _normalNow.HeadTime;
            }

            ref var bucket = ref FindEarliest();
            return bucket.Items[bucket.Head].Time;
        }
    }

    /// <summary>Schedules an event for the current instant, <paramref name="now"/>, in its priority's lane.</summary>
    public void PushNow(double now, ulong order, Event item, bool urgent)
    {
        var slot = TakeSlot();
        _slots[slot].Item = item;
        if (urgent)
        {
            _urgentNow.Enqueue(now, order, slot);
        }
        else
        {
            _normalNow.Enqueue(now, order, slot);
        }
    }

    public void Push(double time, ulong order, Event item)
    {
        var slot = TakeSlot();
        ref var held = ref _slots[slot];
        held.Item = item;
        held.Order = order;
        var number = time * _inverseWidth;
        if (number >= MaxBucketNumber)
        {
            // Times so far out (for this width) that bucket numbers would overflow: widen.
            Rebuild(_buckets.Length, time / (MaxBucketNumber / 4));
            number = time * _inverseWidth;
        }

        var bucketNumber = (long)number;
        if (bucketNumber < _current)
        {
            // The scan may have run ahead to a later entry (while the current-instant lanes or a
            // bounded run were served first): bring it back, every entry stays at or after it.
            _current = bucketNumber;
        }

        _work += Insert(new Entry(time, slot), bucketNumber, order);
        if (++_count > 2 * _buckets.Length)
        {
            Rebuild(_buckets.Length * 2, EstimateWidth());
        }
        else
        {
            CountOperation();
        }
    }

    /// <summary>Pops the earliest entry if it is due strictly before <paramref name="until"/>.</summary>
    public bool TryPopBefore(double until, out Event item, out double time)
    {
        if (_urgentNow.Count > 0)
        {
            return TryTakeFromLane(ref _urgentNow, until, out item, out time);
        }

        if (_count == 0)
        {
            return TryTakeFromLane(ref _normalNow, until, out item, out time);
        }

        ref var earliest = ref FindEarliest();
        ref var first = ref earliest.Items[earliest.Head];
        if (_normalNow.Count > 0 && _normalNow.Precedes(first.Time, _slots[first.Slot].Order))
        {
            return TryTakeFromLane(ref _normalNow, until, out item, out time);
        }

        if (first.Time >= until)
        {
            item = null!;
            time = 0;
            return false;
        }

        item = Take(ref earliest, out time);
        return true;
    }

    /// <summary>Pops the earliest entry; the queue must not be empty.</summary>
    public Event Pop(out double time)
    {
        TryPopBefore(double.PositiveInfinity, out var item, out time);
        return item;
    }

    private bool TryTakeFromLane(ref Lane lane, double until, out Event item, out double time)
    {
        if (lane.Count == 0 || lane.HeadTime >= until)
        {
            item = null!;
            time = 0;
            return false;
        }

        var slot = lane.Dequeue(out time);
        item = Release(slot);
        return true;
    }

    private Event Release(int slotIndex)
    {
        ref var slot = ref _slots[slotIndex];
        var item = slot.Item!;
        slot.Item = null;
        _freeSlots[_freeCount++] = slotIndex;
        return item;
    }

    private Event Take(ref Bucket bucket, out double time)
    {
        var entry = bucket.Items[bucket.Head++];
        if (bucket.Head == bucket.Tail)
        {
            bucket.Head = 0;
            bucket.Tail = 0;
        }

        _count--;
        time = entry.Time;
        var item = Release(entry.Slot);
        if (_buckets.Length > MinBuckets && _count < _buckets.Length / 2)
        {
            Rebuild(_buckets.Length / 2, EstimateWidth());
        }
        else
        {
            CountOperation();
        }

        return item;
    }

    /// <summary>Advances to the bucket holding the earliest entry; the queue must not be empty.</summary>
    private ref Bucket FindEarliest()
    {
        var skipped = 0;
        while (true)
        {
            ref var bucket = ref _buckets[(int)(_current & _mask)];
            if (bucket.Head < bucket.Tail && NumberOf(bucket.Items[bucket.Head].Time) == _current)
            {
                _work += skipped;
                return ref bucket;
            }

            _current++;
            if (++skipped > _mask)
            {
                // A whole round of buckets without an entry due: jump straight to the earliest.
                _current = EarliestNumber();
                _work += skipped;
                skipped = 0;
            }
        }
    }

    private long EarliestNumber()
    {
        var earliest = long.MaxValue;
        foreach (ref var bucket in _buckets.AsSpan())
        {
            if (bucket.Head < bucket.Tail)
            {
                earliest = Math.Min(earliest, NumberOf(bucket.Items[bucket.Head].Time));
            }
        }

        return earliest;
    }

    /// <summary>The bucket number of a time: the same product and truncation wherever it is taken.</summary>
    private long NumberOf(double time) => (long)(time * _inverseWidth);

    /// <summary>Inserts in order within the bucket of <paramref name="number"/>, returning how many entries were shifted.</summary>
    private int Insert(Entry entry, long number, ulong order)
    {
        ref var bucket = ref _buckets[(int)(number & _mask)];
        if (bucket.Tail == bucket.Items.Length)
        {
            Grow(ref bucket);
        }

        var items = bucket.Items;
        var index = bucket.Tail++;
        var shifted = 0;
        while (index > bucket.Head)
        {
            ref var previous = ref items[index - 1];
            if (previous.Time < entry.Time || (previous.Time == entry.Time && _slots[previous.Slot].Order < order))
            {
                break;
            }

            items[index] = previous;
            index--;
            shifted++;
        }

        items[index] = entry;
        return shifted;
    }

    private static void Grow(ref Bucket bucket)
    {
        var live = bucket.Tail - bucket.Head;
        if (bucket.Head > 0 && live < bucket.Items.Length / 2)
        {
            Array.Copy(bucket.Items, bucket.Head, bucket.Items, 0, live);
        }
        else
        {
            var larger = new Entry[bucket.Items.Length * 2];
            Array.Copy(bucket.Items, bucket.Head, larger, 0, live);
            bucket.Items = larger;
        }

        bucket.Head = 0;
        bucket.Tail = live;
    }

    private void Reset(int bucketCount, double width)
    {
        _buckets = _buckets.Length == bucketCount ? _buckets : new Bucket[bucketCount];
        for (var i = 0; i < bucketCount; i++)
        {
            _buckets[i] = new Bucket { Items = _spareItems.Count > 0 ? _spareItems.Pop() : new Entry[4] };
        }

        _mask = bucketCount - 1;
        _inverseWidth = 1.0 / width;
        _operations = 0;
        _work = 0;
    }

    private int TakeSlot()
    {
        if (_freeCount > 0)
        {
            return _freeSlots[--_freeCount];
        }

        if (_slotCount == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
            Array.Resize(ref _freeSlots, _freeSlots.Length * 2);
        }

        return _slotCount++;
    }

    private struct Bucket
    {
        public Entry[] Items;
        public int Head;
        public int Tail;
    }

    // An event and its order (priority and sequence) for as long as it waits. A struct array also
    // skips the covariant array-store type check that storing into an Event[] would make.
    private struct Slot
    {
        public Event? Item;
        public ulong Order;
    }

    // 16 bytes: the order, needed only to break a tie in time, is read from the slot.
    private readonly struct Entry(double time, int slot)
    {
        public readonly double Time = time;
        public readonly int Slot = slot;
    }
}
