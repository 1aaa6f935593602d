namespace SimWorkbench.Kernel.Scheduling;

/// <summary>The current-instant lanes of the event queue.</summary>
internal sealed partial class EventQueue
{
    /// <summary>A first-in, first-out ring of entries for the current instant, all of one priority.</summary>
    private struct Lane()
    {
        private NowEntry[] _ring = new NowEntry[16];
        private int _head;

        public int Count { get; private set; }

        public readonly double HeadTime => _ring[_head].Time;

        /// <summary>True if the head comes before an entry with this time and order.</summary>
        public readonly bool Precedes(double time, ulong order)
        {
            ref var head = ref _ring[_head];
            return head.Time < time || (head.Time == time && head.Order < order);
        }

        public void Enqueue(double time, ulong order, int slot)
        {
            if (Count == _ring.Length)
            {
                var larger = new NowEntry[_ring.Length * 2];
                for (var i = 0; i < Count; i++)
                {
                    larger[i] = _ring[(_head + i) & (_ring.Length - 1)];
                }

                _ring = larger;
                _head = 0;
            }

            _ring[(_head + Count) & (_ring.Length - 1)] = new NowEntry(time, order, slot);
            Count++;
        }

        public int Dequeue(out double time)
        {
            ref var head = ref _ring[_head];
            time = head.Time;
            _head = (_head + 1) & (_ring.Length - 1);
            Count--;
            return head.Slot;
        }
    }

    private readonly struct NowEntry(double time, ulong order, int slot)
    {
        public readonly double Time = time;
        public readonly ulong Order = order;
        public readonly int Slot = slot;
    }
}
