namespace SimWorkbench.Kernel.Scheduling;

/// <summary>The bucket width of the calendar: estimated from the earliest events, re-tuned when the work per operation drifts.</summary>
internal sealed partial class EventQueue
{
    private void CountOperation()
    {
        if (++_operations < TuneWindow)
        {
            return;
        }

        // The width no longer fits the spacing of events (too many empty buckets skipped, or
        // too many entries per bucket): re-estimate it.
        var drifted = _work > (long)MaxWorkPerOperation * _operations;
        _operations = 0;
        _work = 0;
        if (drifted && _count > 1)
        {
            Rebuild(_buckets.Length, EstimateWidth());
        }
    }

    /// <summary>Three times the mean gap between the earliest distinct event times (Brown 1988).</summary>
    private double EstimateWidth()
    {
        var width = 1.0 / _inverseWidth;
        Span<double> times = stackalloc double[SampleSize];
        var taken = 0;
        var limit = Math.Min(_count, SampleSize);
        foreach (ref var bucket in _buckets.AsSpan())
        {
            for (var i = bucket.Head; i < bucket.Tail; i++)
            {
                var t = bucket.Items[i].Time;
                if (taken < limit)
                {
                    times[taken++] = t;
                    SortLast(times[..taken]);
                }
                else if (t < times[limit - 1])
                {
                    times[limit - 1] = t;
                    SortLast(times[..limit]);
                }
            }
        }

        var distinct = 0;
        for (var i = 1; i < taken; i++)
        {
            if (times[i] > times[i - 1])
            {
                distinct++;
            }
        }

        if (distinct == 0)
        {
            return width;
        }

        var estimate = 3 * (times[taken - 1] - times[0]) / distinct;
        return estimate > 0 && double.IsFinite(estimate) ? estimate : width;
    }

    private static void SortLast(Span<double> times)
    {
        for (var i = times.Length - 1; i > 0 && times[i] < times[i - 1]; i--)
        {
            (times[i], times[i - 1]) = (times[i - 1], times[i]);
        }
    }

    /// <summary>
    /// Lays the calendar out again with <paramref name="bucketCount"/> buckets of
    /// <paramref name="width"/>: every entry is taken out into a scratch array and the old
    /// buckets' arrays are handed to the new buckets, so that resizing, which a run does again and
    /// again as its number of pending events rises and falls, allocates nothing once they have grown.
    /// </summary>
    private void Rebuild(int bucketCount, double width)
    {
        if (_scratch.Length < _count)
        {
            _scratch = new Entry[Math.Max(_count, 2 * _scratch.Length)];
        }

        var live = 0;
        foreach (ref var bucket in _buckets.AsSpan())
        {
            for (var i = bucket.Head; i < bucket.Tail; i++)
            {
                _scratch[live++] = bucket.Items[i];
            }

            _spareItems.Push(bucket.Items);
        }

        Reset(bucketCount, width);
        var earliest = long.MaxValue;
        for (var k = 0; k < live; k++)
        {
            var entry = _scratch[k];
            var number = NumberOf(entry.Time);
            Insert(entry, number, _slots[entry.Slot].Order);
            earliest = Math.Min(earliest, number);
        }

        _current = live > 0 ? earliest : 0;
    }
}
