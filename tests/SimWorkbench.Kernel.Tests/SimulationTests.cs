namespace SimWorkbench.Kernel.Tests;

public sealed class SimulationTests
{
    [Fact]
    public void A_new_simulation_is_at_time_zero_with_nothing_processed()
    {
        var sim = new Simulation(seed: 1);

        sim.Now.ShouldBe(0.0);
        sim.ProcessedEvents.ShouldBe(0);
        sim.ActiveProcess.ShouldBeNull();
        sim.Seed.ShouldBe(1UL);
    }

    [Fact]
    public void Step_returns_false_when_nothing_is_scheduled()
    {
        var sim = new Simulation(1);

        sim.Step().ShouldBeFalse();
        sim.Now.ShouldBe(0.0);
        sim.ProcessedEvents.ShouldBe(0);
    }

    [Fact]
    public void Peek_returns_positive_infinity_when_nothing_is_scheduled()
    {
        new Simulation(1).Peek().ShouldBe(double.PositiveInfinity);
    }

    [Fact]
    public void Peek_returns_the_time_of_the_next_event_without_processing_it()
    {
        var sim = new Simulation(1);
        _ = new Timeout(sim, 7);
        var sooner = new Timeout(sim, 2.5);

        sim.Peek().ShouldBe(2.5);
        sooner.IsProcessed.ShouldBeFalse();
        sim.Now.ShouldBe(0.0);
    }

    [Fact]
    public void Step_processes_exactly_one_event_and_moves_the_clock_to_it()
    {
        var sim = new Simulation(1);
        var first = new Timeout(sim, 1.5);
        var second = new Timeout(sim, 4);

        sim.Step().ShouldBeTrue();

        first.IsProcessed.ShouldBeTrue();
        second.IsProcessed.ShouldBeFalse();
        sim.Now.ShouldBe(1.5);
        sim.ProcessedEvents.ShouldBe(1);

        sim.Step().ShouldBeTrue();
        second.IsProcessed.ShouldBeTrue();
        sim.Now.ShouldBe(4.0);
        sim.Step().ShouldBeFalse();
    }

    [Fact]
    public void Events_at_equal_times_are_processed_in_the_order_they_were_scheduled()
    {
        var sim = new Simulation(1);
        var order = new List<string>();
        foreach (var name in new[] { "c", "a", "b" })
        {
            new Timeout(sim, 2).AddCallback(_ => order.Add(name));
        }

        new Timeout(sim, 1).AddCallback(_ => order.Add("earlier"));

        sim.Run();

        // The earlier time first; the three at t = 2 in the order they were scheduled, not by name.
        order.ShouldBe(["earlier", "c", "a", "b"]);
    }

    [Fact]
    public void Many_events_come_out_by_time_and_first_in_first_out_among_equal_times()
    {
        // 1 000 events over 13 distinct times in a scrambled order: far more than the queue's
        // initial room, so it grows and sifts through several levels.
        const int count = 1000;
        var sim = new Simulation(1);
        var processed = new List<int>();
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            // 7919 is prime and coprime with 13, so i * 7919 mod 13 visits every residue in turn.
            times[i] = (i * 7919) % 13;
            var index = i;
            new Timeout(sim, times[i]).AddCallback(_ => processed.Add(index));
        }

        sim.Run();

        // The specification itself: a stable sort by time keeps scheduling order among equals.
        var expected = Enumerable.Range(0, count).OrderBy(i => times[i]).ToList();
        processed.ShouldBe(expected);
        sim.ProcessedEvents.ShouldBe(count);
    }

    [Fact]
    public void Events_scheduled_while_running_keep_time_order_with_those_already_waiting()
    {
        // Each processed event at t schedules another at t + 1.5; with those already waiting at
        // the integers, the run must interleave the two families by time.
        var sim = new Simulation(1);
        var seen = new List<double>();
        for (var t = 1; t <= 4; t++)
        {
            new Timeout(sim, t).AddCallback(_ =>
            {
                seen.Add(sim.Now);
                new Timeout(sim, 1.5).AddCallback(_ => seen.Add(sim.Now));
            });
        }

        sim.Run();

        // Integers 1..4 and their echoes 2.5, 3.5, 4.5, 5.5.
        seen.ShouldBe([1.0, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.5]);
    }

    [Fact]
    public void An_event_triggered_while_an_instant_is_processed_goes_after_the_events_already_scheduled_for_it()
    {
        var sim = new Simulation(1);
        var order = new List<string>();
        var a = new Timeout(sim, 1);
        var b = new Timeout(sim, 1);
        var c = sim.Event();
        a.AddCallback(_ =>
        {
            order.Add("a");
            c.Succeed();
        });
        b.AddCallback(_ => order.Add("b"));
        c.AddCallback(_ => order.Add("c"));

        sim.Run();

        order.ShouldBe(["a", "b", "c"]);
        sim.Now.ShouldBe(1.0);
    }

    [Fact]
    public void An_event_triggered_at_a_stop_time_goes_after_the_events_left_scheduled_for_it()
    {
        var sim = new Simulation(1);
        var order = new List<string>();
        new Timeout(sim, 5).AddCallback(_ => order.Add("left at 5"));
        sim.Run(until: 5);

        var now = sim.Event();
        now.AddCallback(_ => order.Add("triggered at 5"));
        now.Succeed();
        sim.Process(Body());
        sim.Run();

        // The process start is urgent, so first; then the normal events in scheduling order.
        order.ShouldBe(["process started", "left at 5", "triggered at 5"]);

        IEnumerable<Event> Body()
        {
            order.Add("process started");
            yield break;
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_delay_too_small_to_move_the_clock_keeps_scheduling_order_with_the_current_instant(bool timeoutFirst)
    {
        // At t = 1e17 the spacing of doubles is 16 h, so 1e17 + 1 == 1e17: the timeout falls on
        // the current instant and must take its place among that instant's events by scheduling order.
        var sim = new Simulation(1);
        sim.Run(until: 1e17);
        (1e17 + 1).ShouldBe(1e17);
        var order = new List<string>();
        var now = sim.Event();
        now.AddCallback(_ => order.Add("succeeded now"));
        if (timeoutFirst)
        {
            new Timeout(sim, 1).AddCallback(_ => order.Add("timeout of 1 h"));
            now.Succeed();
        }
        else
        {
            now.Succeed();
            new Timeout(sim, 1).AddCallback(_ => order.Add("timeout of 1 h"));
        }

        sim.Run();

        order.ShouldBe(timeoutFirst ? ["timeout of 1 h", "succeeded now"] : ["succeeded now", "timeout of 1 h"]);
        sim.Now.ShouldBe(1e17);
    }

    [Fact]
    public void A_long_run_of_mixed_delays_follows_time_then_priority_then_order_of_scheduling()
    {
        // Each timeout, when processed, schedules up to three more events with delays from a menu
        // that mixes zero (the current instant), delays too small to move the clock, many equal
        // delays, and delays over nine orders of magnitude; one in eight of them is a process
        // instead, whose start is urgent and whose end is a normal event of the same instant.
        // An independent model, a priority queue on (time, priority, order of scheduling), the
        // kernel's documented rule, says in which order everything must come out.
        double[] menu = [0, 0, 5e-324, 1e-300, 1e-9, 0.25, 1, 1, 1, 3.75, 10, 1e3, 1e6, 1e9];
        const int budget = 4000;
        const int seeds = 8;

        var sim = new Simulation(1);
        var actual = new List<(int Id, Step Step)>();
        var created = 0;
        for (var i = 0; i < seeds; i++)
        {
            Spawn(menu[i], asProcess: false);
        }

        sim.Run(until: 2.5); // stopping and resuming must not change the order
        sim.Run(until: 1e3);
        sim.Run();

        var expected = Model();
        expected.Count.ShouldBeGreaterThan(budget); // the run really was long
        actual.ShouldBe(expected);

        void Spawn(double delay, bool asProcess)
        {
            var id = created++;
            if (asProcess)
            {
                sim.Process(Body(id)).AddCallback(_ => actual.Add((id, Step.ProcessEnd)));
                return;
            }

            new Timeout(sim, delay).AddCallback(_ =>
            {
                actual.Add((id, Step.Timeout));
                foreach (var (childDelay, childIsProcess) in Children(id, menu))
                {
                    if (created < budget)
                    {
                        Spawn(childDelay, childIsProcess);
                    }
                }
            });
        }

        IEnumerable<Event> Body(int id)
        {
            actual.Add((id, Step.ProcessStart));
            yield break;
        }

        List<(int Id, Step Step)> Model()
        {
            const int urgent = 0;
            const int normal = 1;
            var order = new List<(int Id, Step Step)>();
            var queue = new PriorityQueue<(int Id, Step Step), (double Time, int Priority, long Sequence)>();
            var now = 0.0;
            long sequence = 0;
            var modelCreated = 0;
            for (var i = 0; i < seeds; i++)
            {
                queue.Enqueue((modelCreated++, Step.Timeout), (now + menu[i], normal, sequence++));
            }

            while (queue.TryDequeue(out var item, out var key))
            {
                now = key.Time;
                order.Add(item);
                if (item.Step == Step.ProcessStart)
                {
                    queue.Enqueue((item.Id, Step.ProcessEnd), (now, normal, sequence++));
                }
                else if (item.Step == Step.Timeout)
                {
                    foreach (var (delay, isProcess) in Children(item.Id, menu))
                    {
                        if (modelCreated < budget)
                        {
                            queue.Enqueue(
                                isProcess ? (modelCreated++, Step.ProcessStart) : (modelCreated++, Step.Timeout),
                                isProcess ? (now, urgent, sequence++) : (now + delay, normal, sequence++));
                        }
                    }
                }
            }

            return order;
        }
    }

    private enum Step
    {
        Timeout,
        ProcessStart,
        ProcessEnd,
    }

    private static IEnumerable<(double Delay, bool IsProcess)> Children(int id, double[] menu)
    {
        var h = Mix((ulong)id);
        var count = (int)(h % 4);
        for (var i = 0; i < count; i++)
        {
            h = Mix(h);
            yield return (menu[(int)(h % (ulong)menu.Length)], (h >> 40) % 8 == 0);
        }
    }

    // SplitMix64's finaliser: a fixed, well-spread hash of the event's number.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    [Fact]
    public void A_process_start_comes_before_the_normal_events_of_the_same_instant()
    {
        var sim = new Simulation(1);
        var order = new List<string>();
        var normal = sim.Event();
        normal.AddCallback(_ => order.Add("normal event"));
        normal.Succeed(); // scheduled first, at t = 0, with normal priority
        sim.Process(Body());

        sim.Run();

        order.ShouldBe(["process started", "normal event"]);

        IEnumerable<Event> Body()
        {
            order.Add("process started");
            yield break;
        }
    }

    [Fact]
    public void Processes_created_at_the_same_instant_start_in_the_order_they_were_created()
    {
        var sim = new Simulation(1);
        var order = new List<string>();
        foreach (var name in new[] { "second-named", "first-named", "third-named" })
        {
            sim.Process(Body(name), name);
        }

        sim.Run();

        order.ShouldBe(["second-named", "first-named", "third-named"]);

        IEnumerable<Event> Body(string name)
        {
            order.Add(name);
            yield break;
        }
    }

    [Fact]
    public void Run_processes_every_event_and_leaves_the_clock_at_the_last_one()
    {
        var sim = new Simulation(1);
        _ = new Timeout(sim, 3);
        _ = new Timeout(sim, 9.25);
        _ = new Timeout(sim, 1);

        sim.Run();

        sim.Now.ShouldBe(9.25);
        sim.ProcessedEvents.ShouldBe(3);
        sim.Peek().ShouldBe(double.PositiveInfinity);
    }

    [Fact]
    public void Run_until_processes_the_events_strictly_before_the_stop_time_and_leaves_those_at_it_scheduled()
    {
        var sim = new Simulation(1);
        var before = new Timeout(sim, 2);
        var at = new Timeout(sim, 5);
        var after = new Timeout(sim, 7);

        sim.Run(until: 5);

        before.IsProcessed.ShouldBeTrue();
        at.IsTriggered.ShouldBeTrue();
        at.IsProcessed.ShouldBeFalse();
        after.IsProcessed.ShouldBeFalse();
        sim.Now.ShouldBe(5.0);
        sim.Peek().ShouldBe(5.0);
        sim.ProcessedEvents.ShouldBe(1);
    }

    [Fact]
    public void A_later_run_picks_up_the_events_left_at_the_previous_stop_time()
    {
        var sim = new Simulation(1);
        var at = new Timeout(sim, 5);
        var after = new Timeout(sim, 7);
        sim.Run(until: 5);

        sim.Run(until: 6);

        at.IsProcessed.ShouldBeTrue();
        after.IsProcessed.ShouldBeFalse();
        sim.Now.ShouldBe(6.0);
    }

    [Fact]
    public void Run_until_sets_the_clock_to_the_stop_time_even_when_nothing_happens()
    {
        var sim = new Simulation(1);

        sim.Run(until: 12.5);

        sim.Now.ShouldBe(12.5);
        sim.ProcessedEvents.ShouldBe(0);
    }

    [Fact]
    public void Run_until_the_current_time_processes_nothing()
    {
        var sim = new Simulation(1);
        var now = sim.Event();
        now.Succeed(); // due at t = 0, which is not strictly before 0

        sim.Run(until: 0);

        now.IsProcessed.ShouldBeFalse();
        sim.Now.ShouldBe(0.0);
    }

    [Fact]
    public void Run_until_an_event_stops_as_soon_as_that_event_is_processed()
    {
        var sim = new Simulation(1);
        var target = new Timeout(sim, 3);
        var sameInstantAfter = new Timeout(sim, 3); // scheduled after the target, same time
        var later = new Timeout(sim, 8);

        sim.Run(target);

        target.IsProcessed.ShouldBeTrue();
        sameInstantAfter.IsProcessed.ShouldBeFalse();
        later.IsProcessed.ShouldBeFalse();
        sim.Now.ShouldBe(3.0);
        sim.Peek().ShouldBe(3.0);
    }

    [Fact]
    public void Run_until_a_process_stops_when_the_process_ends()
    {
        var sim = new Simulation(1);
        var background = new Timeout(sim, 10);
        var worker = sim.Process(Work());

        sim.Run(worker);

        sim.Now.ShouldBe(4.0); // 1 h + 3 h
        worker.IsProcessed.ShouldBeTrue();
        worker.Value.ShouldBe("done");
        background.IsProcessed.ShouldBeFalse();

        IEnumerable<Event> Work()
        {
            yield return sim.Timeout(1);
            yield return sim.Timeout(3);
            yield return sim.Exit("done");
        }
    }

    [Fact]
    public void Run_until_an_already_processed_event_returns_at_once()
    {
        var sim = new Simulation(1);
        var done = new Timeout(sim, 1);
        var later = new Timeout(sim, 5);
        sim.Run(done);

        sim.Run(done);

        sim.Now.ShouldBe(1.0);
        later.IsProcessed.ShouldBeFalse();
    }

    [Fact]
    public void Run_until_an_event_that_can_never_happen_throws_InvalidOperationException()
    {
        var sim = new Simulation(1);
        var never = sim.Event();
        _ = new Timeout(sim, 4);

        var error = Should.Throw<InvalidOperationException>(() => sim.Run(never));

        error.Message.ShouldContain("cannot reach");
        sim.Now.ShouldBe(4.0); // it ran out of events after the one at t = 4
        never.IsTriggered.ShouldBeFalse();
    }

    [Fact]
    public void Run_until_an_event_that_fails_throws_EventFailedException_with_the_failure_inside()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("the bridge is down");
        var failing = sim.Event();
        new Timeout(sim, 2).AddCallback(_ => failing.Fail(failure));

        var error = Should.Throw<EventFailedException>(() => sim.Run(failing));

        error.InnerException.ShouldBeSameAs(failure);
        error.FailedEvent.ShouldBeSameAs(failing);
        error.Time.ShouldBe(2.0);
        sim.Now.ShouldBe(2.0);
    }

    [Fact]
    public void A_failure_of_an_event_a_run_gave_up_waiting_for_still_stops_a_later_run()
    {
        var sim = new Simulation(1);
        var never = sim.Event();
        Should.Throw<InvalidOperationException>(() => sim.Run(never));

        // Nothing waits on the event any more, so its failure must not pass silently.
        var failure = new InvalidOperationException("failed after the run gave up on it");
        never.Fail(failure);

        Should.Throw<EventFailedException>(() => sim.Run()).InnerException.ShouldBeSameAs(failure);
    }

    [Fact]
    public void The_EventProcessed_observer_sees_every_event_in_processing_order()
    {
        var sim = new Simulation(1);
        var seen = new List<Event>();
        var times = new List<double>();
        sim.EventProcessed += e =>
        {
            seen.Add(e);
            times.Add(sim.Now);
        };
        var late = new Timeout(sim, 2);
        var early = new Timeout(sim, 1);
        var immediate = sim.Event();
        immediate.Succeed();

        sim.Run();

        seen.ShouldBe([immediate, early, late]);
        times.ShouldBe([0.0, 1.0, 2.0]);
        sim.ProcessedEvents.ShouldBe(3);
    }

    [Fact]
    public void The_observer_sees_process_starts_timeouts_and_the_process_itself()
    {
        var sim = new Simulation(1);
        var seen = new List<(double Time, string Kind)>();
        sim.EventProcessed += e => seen.Add((sim.Now, e.GetType().Name));
        sim.Process(Body());

        sim.Run();

        // The start (t = 0), the two timeouts (t = 1, t = 2), then the process ending at t = 2.
        seen.ShouldBe([(0.0, "Timeout"), (1.0, "Timeout"), (2.0, "Timeout"), (2.0, "Process")]);
        sim.ProcessedEvents.ShouldBe(seen.Count);

        IEnumerable<Event> Body()
        {
            yield return sim.Timeout(1);
            yield return sim.Timeout(1);
        }
    }

    [Fact]
    public void ActiveProcess_is_the_running_process_inside_its_body_and_null_outside()
    {
        var sim = new Simulation(1);
        Process? seenInside = null;
        Process? seenAfterResuming = null;
        var process = sim.Process(Body());

        sim.Run();

        seenInside.ShouldBeSameAs(process);
        seenAfterResuming.ShouldBeSameAs(process);
        sim.ActiveProcess.ShouldBeNull();

        IEnumerable<Event> Body()
        {
            seenInside = sim.ActiveProcess;
            yield return sim.Timeout(1);
            seenAfterResuming = sim.ActiveProcess;
        }
    }

    [Fact]
    public void A_process_keeps_its_given_name_and_one_without_a_name_is_numbered()
    {
        var sim = new Simulation(1);

        var first = sim.Process(Nothing());
        var named = sim.Process(Nothing(), "truck");
        var other = sim.Process(Nothing());

        first.Name.ShouldBe("process-1");
        named.Name.ShouldBe("truck");
        other.Name.ShouldStartWith("process-");
        other.Name.ShouldNotBe(first.Name);
        named.ToString().ShouldContain("truck");

        static IEnumerable<Event> Nothing()
        {
            yield break;
        }
    }
}
