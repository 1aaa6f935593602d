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

    private void Rebuild(int bucketCount, double width)
    {
        var old = _buckets;
        Reset(bucketCount, width);
        var earliest = long.MaxValue;
        foreach (ref var bucket in old.AsSpan())
        {
            for (var i = bucket.Head; i < bucket.Tail; i++)
            {
                var entry = bucket.Items[i];
                var number = NumberOf(entry.Time);
                Insert(entry, number, _slots[entry.Slot].Order);
                earliest = Math.Min(earliest, number);
            }
        }

        _current = _count > 0 ? earliest : 0;
    }
}
