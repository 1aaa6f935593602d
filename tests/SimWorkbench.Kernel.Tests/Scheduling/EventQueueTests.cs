using CsCheck;
using SimWorkbench.Kernel.Scheduling;

namespace SimWorkbench.Kernel.Tests.Scheduling;

/// <summary>
/// The calendar queue must pop in exactly (time, order) order whatever the spread of times:
/// checked against a sorted reference under random workloads that mix zero delays (the
/// current-instant lanes), ties, bursts and far-future outliers that force resizes and re-tuning.
/// </summary>
public sealed class EventQueueTests
{
    private static readonly Simulation Owner = new(0);

    [Fact]
    public void Pops_in_time_then_order_under_random_workloads()
    {
        var operation = Gen.OneOf(
            Gen.Const(-1.0),                        // pop
            Gen.Const(-2.0),                        // peek (moves the calendar's scan ahead)
            Gen.Const(0.0),                         // an event for the current instant
            Gen.Double[0, 1],                       // near future
            Gen.Double[0, 0.001],                   // dense
            Gen.Double[0, 1e4],                     // far future
            Gen.Int[0, 3].Select(i => (double)i));  // exact ties
        Gen.Select(operation.Array[1, 600], Gen.Bool.Array[600])
            .Sample((ops, urgent) => Check(ops, urgent), iter: 300);
    }

    [Fact]
    public void Keeps_order_through_growth_and_shrinkage()
    {
        var ops = new List<double>();
        var random = new RandomStream(7, "queue");
        for (var i = 0; i < 5_000; i++)
        {
            ops.Add(random.Exponential(2.0));
        }

        for (var i = 0; i < 5_000; i++)
        {
            ops.Add(-1);
        }

        Check([.. ops], new bool[ops.Count]);
    }

    private static void Check(double[] ops, bool[] urgent)
    {
        var queue = new EventQueue();
        var reference = new SortedSet<(double Time, ulong Order, int Id)>();
        var events = new List<Event>();
        var now = 0.0;
        ulong sequence = 0;
        for (var i = 0; i < ops.Length; i++)
        {
            if (ops[i] == -2)
            {
                if (reference.Count > 0)
                {
                    queue.PeekTime.ShouldBe(reference.Min.Time);
                }

                continue;
            }

            if (ops[i] < 0)
            {
                if (reference.Count == 0)
                {
                    continue;
                }

                var expected = reference.Min;
                reference.Remove(expected);
                var popped = queue.Pop(out var time);
                time.ShouldBe(expected.Time);
                popped.ShouldBeSameAs(events[expected.Id]);
                now = time;
                continue;
            }

            var isUrgent = urgent[i % urgent.Length] && ops[i] == 0;
            var order = ((ulong)(isUrgent ? 0 : 1) << 56) | sequence++;
            var e = new Event(Owner);
            events.Add(e);
            reference.Add((now + ops[i], order, events.Count - 1));
            if (ops[i] == 0)
            {
                queue.PushNow(now, order, e, isUrgent);
            }
            else
            {
                queue.Push(now + ops[i], order, e);
            }
        }

        queue.Count.ShouldBe(reference.Count);
        while (reference.Count > 0)
        {
            var expected = reference.Min;
            reference.Remove(expected);
            queue.Pop(out var time).ShouldBeSameAs(events[expected.Id]);
            time.ShouldBe(expected.Time);
        }
    }
}
