namespace SimWorkbench.Kernel.Tests.Events;

public sealed class EventTests
{
    [Fact]
    public void A_new_event_is_pending()
    {
        var pending = new Simulation(1).Event();

        pending.IsTriggered.ShouldBeFalse();
        pending.IsProcessed.ShouldBeFalse();
        pending.IsOk.ShouldBeFalse();
        pending.Error.ShouldBeNull();
    }

    [Fact]
    public void Value_of_a_pending_event_throws_InvalidOperationException()
    {
        var pending = new Simulation(1).Event();

        Should.Throw<InvalidOperationException>(() => pending.Value).Message.ShouldContain("not been triggered");
    }

    [Fact]
    public void Succeed_triggers_the_event_with_its_value_and_it_is_processed_at_the_current_time()
    {
        var sim = new Simulation(1);
        sim.Run(until: 3);
        var e = sim.Event();

        e.Succeed(42);

        e.IsTriggered.ShouldBeTrue();
        e.IsOk.ShouldBeTrue();
        e.IsProcessed.ShouldBeFalse();
        e.Value.ShouldBe(42);
        sim.Peek().ShouldBe(3.0);

        sim.Step();

        e.IsProcessed.ShouldBeTrue();
        sim.Now.ShouldBe(3.0);
        e.Value.ShouldBe(42);
        e.Error.ShouldBeNull();
    }

    [Fact]
    public void Succeed_without_a_value_gives_null()
    {
        var sim = new Simulation(1);
        var e = sim.Event();

        e.Succeed();
        sim.Run();

        e.IsOk.ShouldBeTrue();
        e.Value.ShouldBeNull();
    }

    [Fact]
    public void Fail_triggers_the_event_with_its_error_and_Value_then_throws_with_the_error_inside()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("broken");
        var e = sim.Event();

        e.Fail(failure);

        e.IsTriggered.ShouldBeTrue();
        e.IsOk.ShouldBeFalse();
        e.Error.ShouldBeSameAs(failure);
        Should.Throw<InvalidOperationException>(() => e.Value).InnerException.ShouldBeSameAs(failure);

        e.Defused = true;
        sim.Run();

        e.IsProcessed.ShouldBeTrue();
        e.IsOk.ShouldBeFalse();
        e.Error.ShouldBeSameAs(failure);
    }

    [Fact]
    public void Callbacks_run_when_the_event_is_processed_not_when_it_is_triggered()
    {
        var sim = new Simulation(1);
        var ran = false;
        var e = sim.Event();
        e.AddCallback(_ => ran = true);

        e.Succeed();
        ran.ShouldBeFalse();

        sim.Step();
        ran.ShouldBeTrue();
    }

    [Fact]
    public void Callbacks_run_in_the_order_they_were_added_and_receive_the_event()
    {
        var sim = new Simulation(1);
        var order = new List<string>();
        var received = new List<Event>();
        var e = sim.Event();
        foreach (var name in new[] { "first", "second", "third", "fourth" })
        {
            e.AddCallback(ev =>
            {
                order.Add(name);
                received.Add(ev);
            });
        }

        e.Succeed();
        sim.Run();

        order.ShouldBe(["first", "second", "third", "fourth"]);
        received.ShouldAllBe(ev => ReferenceEquals(ev, e));
    }

    [Fact]
    public void A_removed_callback_does_not_run_and_the_others_keep_their_order()
    {
        var sim = new Simulation(1);
        var order = new List<string>();
        var e = sim.Event();
        Action<Event> first = _ => order.Add("first");
        Action<Event> second = _ => order.Add("second");
        Action<Event> third = _ => order.Add("third");
        e.AddCallback(first);
        e.AddCallback(second);
        e.AddCallback(third);

        e.RemoveCallback(first).ShouldBeTrue();
        e.RemoveCallback(first).ShouldBeFalse();
        e.AddCallback(_ => order.Add("fourth"));
        e.Succeed();
        sim.Run();

        order.ShouldBe(["second", "third", "fourth"]);
    }

    [Fact]
    public void Adding_a_callback_to_a_processed_event_throws_InvalidOperationException()
    {
        var sim = new Simulation(1);
        var e = sim.Event();
        e.Succeed();
        sim.Run();

        Should.Throw<InvalidOperationException>(() => e.AddCallback(_ => { })).Message.ShouldContain("already been processed");
    }

    [Fact]
    public void A_failure_that_nothing_waits_on_stops_the_run_with_EventFailedException()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("nobody listens");
        var e = sim.Event();
        new Timeout(sim, 2).AddCallback(_ => e.Fail(failure));

        var error = Should.Throw<EventFailedException>(() => sim.Run());

        error.InnerException.ShouldBeSameAs(failure);
        error.FailedEvent.ShouldBeSameAs(e);
        error.Time.ShouldBe(2.0);
        error.Message.ShouldContain("nobody listens");
    }

    [Fact]
    public void A_callback_alone_does_not_observe_a_failure()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("seen but not handled");
        var callbackRan = false;
        var e = sim.Event();
        e.AddCallback(_ => callbackRan = true);
        e.Fail(failure);

        Should.Throw<EventFailedException>(() => sim.Run()).InnerException.ShouldBeSameAs(failure);
        callbackRan.ShouldBeTrue();
    }

    [Fact]
    public void A_defused_failure_does_not_stop_the_run()
    {
        var sim = new Simulation(1);
        var e = sim.Event();
        e.Fail(new InvalidOperationException("expected"));
        e.Defused = true;

        Should.NotThrow(() => sim.Run());
        e.IsProcessed.ShouldBeTrue();
    }

    [Fact]
    public void A_callback_may_defuse_the_failure_it_handles()
    {
        var sim = new Simulation(1);
        var e = sim.Event();
        e.AddCallback(ev => ev.Defused = true);
        e.Fail(new InvalidOperationException("handled in a callback"));

        Should.NotThrow(() => sim.Run());
    }

    [Fact]
    public void A_timeout_succeeds_after_its_delay_with_its_value()
    {
        var sim = new Simulation(1);
        sim.Run(until: 1);

        var timeout = new Timeout(sim, 2.5, "ding");

        timeout.Delay.ShouldBe(2.5);
        timeout.IsTriggered.ShouldBeTrue(); // scheduled at once
        timeout.IsProcessed.ShouldBeFalse();
        sim.Peek().ShouldBe(3.5); // 1 + 2.5

        sim.Run();

        timeout.IsProcessed.ShouldBeTrue();
        sim.Now.ShouldBe(3.5);
        timeout.Value.ShouldBe("ding");
    }

    [Fact]
    public void A_zero_delay_timeout_is_processed_at_the_current_time()
    {
        var sim = new Simulation(1);
        sim.Run(until: 4);
        var timeout = new Timeout(sim, 0);

        sim.Step().ShouldBeTrue();

        timeout.IsProcessed.ShouldBeTrue();
        sim.Now.ShouldBe(4.0);
    }

    [Fact]
    public void The_value_of_a_pooled_timeout_reaches_the_process_that_waited_on_it()
    {
        var sim = new Simulation(1);
        object? received = null;
        sim.Process(Body());

        sim.Run();

        received.ShouldBe("ding");
        sim.Now.ShouldBe(2.0);

        IEnumerable<Event> Body()
        {
            var timeout = sim.Timeout(2, "ding");
            yield return timeout;
            received = timeout.Value;
        }
    }

    [Fact]
    public void An_event_waited_on_by_several_processes_resumes_them_all_in_the_order_they_waited()
    {
        var sim = new Simulation(1);
        var order = new List<string>();
        var signal = sim.Event();
        foreach (var name in new[] { "b", "a", "c" })
        {
            sim.Process(Waiter(name));
        }

        new Timeout(sim, 5).AddCallback(_ => signal.Succeed("go"));

        sim.Run();

        order.ShouldBe(["b:go@5", "a:go@5", "c:go@5"]);

        IEnumerable<Event> Waiter(string name)
        {
            yield return signal;
            order.Add(FormattableString.Invariant($"{name}:{signal.Value}@{sim.Now}"));
        }
    }
}
