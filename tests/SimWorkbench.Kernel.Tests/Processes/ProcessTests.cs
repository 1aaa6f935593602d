namespace SimWorkbench.Kernel.Tests.Processes;

public sealed class ProcessTests
{
    [Fact]
    public void A_process_waits_for_another_and_receives_its_result()
    {
        var sim = new Simulation(1);
        object? received = null;
        var receivedAt = double.NaN;
        sim.Process(Parent());

        sim.Run();

        received.ShouldBe("parcel");
        receivedAt.ShouldBe(3.0);

        IEnumerable<Event> Child()
        {
            yield return sim.Timeout(3);
            yield return sim.Exit("parcel");
        }

        IEnumerable<Event> Parent()
        {
            var child = sim.Process(Child());
            yield return child;
            received = child.Value;
            receivedAt = sim.Now;
        }
    }

    [Fact]
    public void Exit_ends_the_body_at_once_with_the_result()
    {
        var sim = new Simulation(1);
        var ranPastExit = false;
        var process = sim.Process(Body());

        sim.Run();

        process.IsOk.ShouldBeTrue();
        process.Value.ShouldBe(17);
        ranPastExit.ShouldBeFalse();
        sim.Now.ShouldBe(1.0);

        IEnumerable<Event> Body()
        {
            yield return sim.Timeout(1);
            yield return sim.Exit(17);
            ranPastExit = true;
            yield return sim.Timeout(5);
        }
    }

    [Fact]
    public void A_body_that_runs_to_its_end_succeeds_with_no_value()
    {
        var sim = new Simulation(1);
        var process = sim.Process(Body());

        sim.Run();

        process.IsOk.ShouldBeTrue();
        process.Value.ShouldBeNull();
        process.IsAlive.ShouldBeFalse();

        IEnumerable<Event> Body()
        {
            yield return sim.Timeout(2);
        }
    }

    [Fact]
    public void A_process_starts_at_the_time_it_is_created()
    {
        var sim = new Simulation(1);
        var startedAt = double.NaN;
        sim.Process(Creator());

        sim.Run();

        startedAt.ShouldBe(3.0);

        IEnumerable<Event> Creator()
        {
            yield return sim.Timeout(3);
            sim.Process(Created());
        }

        IEnumerable<Event> Created()
        {
            startedAt = sim.Now;
            yield break;
        }
    }

    [Fact]
    public void A_process_does_not_start_before_the_simulation_runs()
    {
        var sim = new Simulation(1);
        var started = false;

        var process = sim.Process(Body());

        started.ShouldBeFalse();
        process.IsAlive.ShouldBeTrue();
        sim.Peek().ShouldBe(0.0);
        sim.Step();
        started.ShouldBeTrue();

        IEnumerable<Event> Body()
        {
            started = true;
            yield break;
        }
    }

    [Fact]
    public void A_process_is_alive_and_shows_its_target_until_its_body_ends()
    {
        var sim = new Simulation(1);
        var wait = new Timeout(sim, 5);
        var process = sim.Process(Body());

        sim.Run(until: 1);

        process.IsAlive.ShouldBeTrue();
        process.Target.ShouldBeSameAs(wait);

        sim.Run();

        process.IsAlive.ShouldBeFalse();
        process.Target.ShouldBeNull();

        IEnumerable<Event> Body()
        {
            yield return wait;
        }
    }

    [Fact]
    public void An_exception_in_the_body_fails_the_process_and_a_waiting_process_sees_it_through_HandleFailure()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("engine fire");
        Exception? seen = null;
        var seenAt = double.NaN;
        Process? child = null;
        var parent = sim.Process(Parent());

        Should.NotThrow(() => sim.Run());

        seen.ShouldBeSameAs(failure);
        seenAt.ShouldBe(2.0);
        child.ShouldNotBeNull();
        child.IsOk.ShouldBeFalse();
        child.Error.ShouldBeSameAs(failure);
        parent.IsOk.ShouldBeTrue();

        IEnumerable<Event> Child()
        {
            yield return sim.Timeout(2);
            throw failure;
        }

        IEnumerable<Event> Parent()
        {
            child = sim.Process(Child());
            yield return child;
            if (sim.ActiveProcess!.HandleFailure(out var error))
            {
                seen = error;
                seenAt = sim.Now;
            }
        }
    }

    [Fact]
    public void HandleFailure_returns_false_when_the_awaited_event_succeeded()
    {
        var sim = new Simulation(1);
        bool? failed = null;
        sim.Process(Body());

        sim.Run();

        failed.ShouldBe(false);

        IEnumerable<Event> Body()
        {
            yield return sim.Timeout(1);
            failed = sim.ActiveProcess!.HandleFailure(out _);
        }
    }

    [Fact]
    public void A_failure_the_waiting_process_does_not_handle_fails_that_process_too()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("engine fire");
        var ranAfterYield = false;
        var parent = sim.Process(Parent(), "parent");

        var error = Should.Throw<EventFailedException>(() => sim.Run());

        error.FailedEvent.ShouldBeSameAs(parent);
        error.InnerException.ShouldBeSameAs(failure);
        parent.Error.ShouldBeSameAs(failure);
        ranAfterYield.ShouldBeTrue(); // the body runs on to its next yield, then the process fails

        IEnumerable<Event> Child()
        {
            yield return sim.Timeout(1);
            throw failure;
        }

        IEnumerable<Event> Parent()
        {
            yield return sim.Process(Child());
            ranAfterYield = true;
            yield return sim.Timeout(1);
        }
    }

    [Fact]
    public void A_failure_nobody_waits_on_makes_Run_throw_EventFailedException_with_the_original_inside()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("engine fire");
        var doomed = sim.Process(Body(), "doomed");

        var error = Should.Throw<EventFailedException>(() => sim.Run());

        error.InnerException.ShouldBeSameAs(failure);
        error.FailedEvent.ShouldBeSameAs(doomed);
        error.Time.ShouldBe(2.0);
        error.Message.ShouldContain("doomed");
        error.Message.ShouldContain("engine fire");

        IEnumerable<Event> Body()
        {
            yield return sim.Timeout(2);
            throw failure;
        }
    }

    [Fact]
    public void A_body_that_throws_before_its_first_yield_fails_the_process()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("no fuel");
        var process = sim.Process(Body());

        Should.Throw<EventFailedException>(() => sim.Run()).InnerException.ShouldBeSameAs(failure);
        process.Error.ShouldBeSameAs(failure);
        sim.Now.ShouldBe(0.0);

        IEnumerable<Event> Body()
        {
            throw failure;
#pragma warning disable CS0162 // An iterator needs a yield.
            yield break;
#pragma warning restore CS0162
        }
    }

    [Fact]
    public void Yielding_an_already_processed_event_continues_at_once()
    {
        var sim = new Simulation(1);
        var done = sim.Event();
        done.Succeed("early");
        object? value = null;
        var continuedAt = double.NaN;
        long eventsBefore = -1;
        long eventsAfter = -1;
        sim.Process(Body());

        sim.Run();

        value.ShouldBe("early");
        continuedAt.ShouldBe(2.0);
        eventsAfter.ShouldBe(eventsBefore); // no event was processed in between

        IEnumerable<Event> Body()
        {
            yield return sim.Timeout(2); // done is processed at t = 0, long before this
            eventsBefore = sim.ProcessedEvents;
            yield return done;
            eventsAfter = sim.ProcessedEvents;
            value = done.Value;
            continuedAt = sim.Now;
        }
    }

    [Fact]
    public void Yielding_an_already_failed_event_reports_the_failure_at_once()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("already broken");
        var broken = sim.Event();
        broken.Fail(failure);
        broken.Defused = true;
        Exception? seen = null;
        var seenAt = double.NaN;
        sim.Process(Body());

        sim.Run();

        seen.ShouldBeSameAs(failure);
        seenAt.ShouldBe(1.0);

        IEnumerable<Event> Body()
        {
            yield return sim.Timeout(1);
            yield return broken;
            if (sim.ActiveProcess!.HandleFailure(out var error))
            {
                seen = error;
                seenAt = sim.Now;
            }
        }
    }

    [Fact]
    public void A_process_waiting_on_a_triggered_event_waits_until_it_is_processed()
    {
        var sim = new Simulation(1);
        var order = new List<string>();
        var signal = sim.Event();
        sim.Process(Body());

        sim.Run();

        order.ShouldBe(["triggered", "after yield"]);

        IEnumerable<Event> Body()
        {
            signal.Succeed();
            order.Add("triggered");
            yield return signal; // triggered, not processed: the process waits for its turn
            order.Add("after yield");
        }
    }

    [Fact]
    public void Several_processes_waiting_on_one_process_all_receive_its_result()
    {
        var sim = new Simulation(1);
        var received = new List<object?>();
        var worker = sim.Process(Worker());
        sim.Process(Waiter());
        sim.Process(Waiter());

        sim.Run();

        received.ShouldBe(["result", "result"]);

        IEnumerable<Event> Worker()
        {
            yield return sim.Timeout(4);
            yield return sim.Exit("result");
        }

        IEnumerable<Event> Waiter()
        {
            yield return worker;
            received.Add(worker.Value);
        }
    }

    [Fact]
    public void A_process_can_wait_on_a_process_that_has_already_finished()
    {
        var sim = new Simulation(1);
        object? received = null;
        var quick = sim.Process(Quick());
        sim.Process(Late());

        sim.Run();

        received.ShouldBe(5);

        IEnumerable<Event> Quick()
        {
            yield return sim.Exit(5);
        }

        IEnumerable<Event> Late()
        {
            yield return sim.Timeout(10);
            yield return quick;
            received = quick.Value;
        }
    }
}
