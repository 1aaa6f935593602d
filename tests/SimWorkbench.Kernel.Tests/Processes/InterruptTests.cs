using SimWorkbench.Kernel.Async;

namespace SimWorkbench.Kernel.Tests.Processes;

public sealed class InterruptTests
{
    [Fact]
    public void Interrupting_a_process_waiting_on_a_timeout_resumes_it_at_the_current_time_with_the_cause()
    {
        var sim = new Simulation(1);
        bool? interrupted = null;
        object? cause = null;
        var resumedAt = double.NaN;
        var sleeper = sim.Process(Sleeper());
        sim.Process(Alarm());

        sim.Run(sleeper);

        interrupted.ShouldBe(true);
        cause.ShouldBe("wake up");
        resumedAt.ShouldBe(3.0); // the alarm's time, not the sleeper's 10 h
        sim.Now.ShouldBe(3.0);

        IEnumerable<Event> Sleeper()
        {
            yield return sim.Timeout(10);
            interrupted = sim.ActiveProcess!.HandleInterrupt(out cause);
            resumedAt = sim.Now;
        }

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(3);
            sleeper.Interrupt("wake up");
        }
    }

    [Fact]
    public void The_abandoned_timeout_does_not_resume_the_interrupted_process_again()
    {
        var sim = new Simulation(1);
        var resumedAt = new List<double>();
        var sleeper = sim.Process(Sleeper());
        sim.Process(Alarm());

        sim.Run();

        // Interrupted at 3, then a fresh 20 h wait: 3 + 20 = 23. The first timeout (due at 10)
        // must not wake the sleeper a second time.
        resumedAt.ShouldBe([3.0, 23.0]);

        IEnumerable<Event> Sleeper()
        {
            yield return sim.Timeout(10);
            sim.ActiveProcess!.HandleInterrupt(out _);
            resumedAt.Add(sim.Now);
            yield return sim.Timeout(20);
            resumedAt.Add(sim.Now);
        }

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(3);
            sleeper.Interrupt();
        }
    }

    [Fact]
    public void HandleInterrupt_returns_false_when_the_process_resumed_normally()
    {
        var sim = new Simulation(1);
        bool? interrupted = null;
        object? cause = "not set";
        sim.Process(Body());

        sim.Run();

        interrupted.ShouldBe(false);
        cause.ShouldBeNull();

        IEnumerable<Event> Body()
        {
            yield return sim.Timeout(1);
            interrupted = sim.ActiveProcess!.HandleInterrupt(out cause);
        }
    }

    [Fact]
    public void An_interrupt_without_a_cause_is_still_reported()
    {
        var sim = new Simulation(1);
        bool? interrupted = null;
        object? cause = "not set";
        var sleeper = sim.Process(Sleeper());
        sim.Process(Alarm());

        sim.Run();

        interrupted.ShouldBe(true);
        cause.ShouldBeNull();

        IEnumerable<Event> Sleeper()
        {
            yield return sim.Timeout(10);
            interrupted = sim.ActiveProcess!.HandleInterrupt(out cause);
        }

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(1);
            sleeper.Interrupt();
        }
    }

    [Fact]
    public void An_ignored_interrupt_fails_the_process_with_InterruptException()
    {
        var sim = new Simulation(1);
        Exception? seen = null;
        var sleeper = sim.Process(Sleeper(), "sleeper");
        sim.Process(Alarm());

        Should.NotThrow(() => sim.Run()); // the alarm handles the sleeper's failure

        var interrupt = seen.ShouldBeOfType<InterruptException>();
        interrupt.Cause.ShouldBe("stop");
        interrupt.Time.ShouldBe(3.0);
        interrupt.Message.ShouldContain("sleeper");
        sleeper.Error.ShouldBeSameAs(seen);

        IEnumerable<Event> Sleeper()
        {
            yield return sim.Timeout(10);
            yield return sim.Timeout(10); // goes on as if nothing happened
        }

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(3);
            sleeper.Interrupt("stop");
            yield return sleeper;
            sim.ActiveProcess!.HandleFailure(out seen);
        }
    }

    [Fact]
    public void An_ignored_interrupt_that_nobody_watches_stops_the_run()
    {
        var sim = new Simulation(1);
        var sleeper = sim.Process(Sleeper());
        sim.Process(Alarm());

        var error = Should.Throw<EventFailedException>(() => sim.Run());

        error.FailedEvent.ShouldBeSameAs(sleeper);
        error.InnerException.ShouldBeOfType<InterruptException>().Cause.ShouldBe(42);
        error.Time.ShouldBe(3.0);

        IEnumerable<Event> Sleeper()
        {
            yield return sim.Timeout(10);
        }

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(3);
            sleeper.Interrupt(42);
        }
    }

    [Fact]
    public void Interrupting_a_process_waiting_for_a_unit_withdraws_its_request()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        Request? firstRequest = null;
        var firstGaveUpAt = double.NaN;
        var secondGrantedAt = double.NaN;
        var queueBefore = -1;
        var queueAfter = -1;
        sim.Process(Holder());
        var first = sim.Process(FirstWaiter());
        sim.Process(SecondWaiter());
        sim.Process(Controller());

        sim.Run();

        queueBefore.ShouldBe(2);
        queueAfter.ShouldBe(1);
        firstGaveUpAt.ShouldBe(2.0);
        firstRequest.ShouldNotBeNull();
        firstRequest.Status.ShouldBe(RequestStatus.Released);
        firstRequest.IsTriggered.ShouldBeFalse(); // never granted
        secondGrantedAt.ShouldBe(10.0); // the holder's release, straight to the second waiter

        IEnumerable<Event> Holder()
        {
            using var request = bay.Request();
            yield return request;
            yield return sim.Timeout(10);
        }

        IEnumerable<Event> FirstWaiter()
        {
            firstRequest = bay.Request();
            yield return firstRequest;
            if (sim.ActiveProcess!.HandleInterrupt(out _))
            {
                firstGaveUpAt = sim.Now;
            }
        }

        IEnumerable<Event> SecondWaiter()
        {
            using var request = bay.Request();
            yield return request;
            secondGrantedAt = sim.Now;
            yield return sim.Timeout(1);
        }

        IEnumerable<Event> Controller()
        {
            yield return sim.Timeout(2);
            queueBefore = bay.QueueLength;
            first.Interrupt("give up");
            yield return sim.Timeout(0); // a normal event: after the urgent interrupt
            queueAfter = bay.QueueLength;
        }
    }

    [Fact]
    public void Interrupting_a_process_that_waits_for_another_leaves_the_other_running()
    {
        var sim = new Simulation(1);
        Process? child = null;
        var parent = sim.Process(Parent());
        sim.Process(Alarm());

        sim.Run();

        child.ShouldNotBeNull();
        child.IsOk.ShouldBeTrue();
        child.Value.ShouldBe("finished");
        sim.Now.ShouldBe(8.0); // the child's own time

        IEnumerable<Event> Child()
        {
            yield return sim.Timeout(8);
            yield return sim.Exit("finished");
        }

        IEnumerable<Event> Parent()
        {
            child = sim.Process(Child());
            yield return child;
            sim.ActiveProcess!.HandleInterrupt(out _);
        }

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(2);
            parent.Interrupt();
        }
    }

    [Fact]
    public void Two_interrupts_at_the_same_instant_are_both_delivered_in_order()
    {
        var sim = new Simulation(1);
        var received = new List<(double Time, object? Cause)>();
        var sleeper = sim.Process(Sleeper());
        sim.Process(Alarm());

        sim.Run();

        received.ShouldBe([(3.0, (object?)"first"), (3.0, (object?)"second")]);

        IEnumerable<Event> Sleeper()
        {
            for (var i = 0; i < 2; i++)
            {
                yield return sim.Timeout(10);
                if (sim.ActiveProcess!.HandleInterrupt(out var cause))
                {
                    received.Add((sim.Now, cause));
                }
            }
        }

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(3);
            sleeper.Interrupt("first");
            sleeper.Interrupt("second");
        }
    }

    [Fact]
    public void An_interrupt_reaches_its_process_before_the_normal_events_of_the_same_instant()
    {
        var sim = new Simulation(1);
        var order = new List<string>();
        var sleeper = sim.Process(Sleeper());
        sim.Process(Alarm());
        sim.Process(Bystander());

        sim.Run();

        // At t = 5 the alarm wakes first (its timeout was scheduled first) and interrupts; the
        // bystander's timeout, also at t = 5, was scheduled before the interrupt but is normal.
        order.ShouldBe(["alarm", "sleeper interrupted", "bystander"]);

        IEnumerable<Event> Sleeper()
        {
            yield return sim.Timeout(10);
            if (sim.ActiveProcess!.HandleInterrupt(out _))
            {
                order.Add("sleeper interrupted");
            }
        }

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(5);
            order.Add("alarm");
            sleeper.Interrupt();
        }

        IEnumerable<Event> Bystander()
        {
            yield return sim.Timeout(5);
            order.Add("bystander");
        }
    }

    [Fact]
    public void A_holder_that_fails_on_an_ignored_interrupt_still_releases_its_unit()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var nextGrantedAt = double.NaN;
        var holder = sim.Process(Holder());
        sim.Process(Next());
        sim.Process(Alarm());

        sim.Run();

        holder.Error.ShouldBeOfType<InterruptException>();
        nextGrantedAt.ShouldBe(3.0); // when the holder failed, not when it would have finished (10)

        IEnumerable<Event> Holder()
        {
            using var request = bay.Request();
            yield return request;
            yield return sim.Timeout(10);
            yield return sim.Timeout(1);
        }

        IEnumerable<Event> Next()
        {
            using var request = bay.Request();
            yield return request;
            nextGrantedAt = sim.Now;
        }

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(3);
            holder.Interrupt();
            yield return holder;
            sim.ActiveProcess!.HandleFailure(out _);
        }
    }

    [Fact]
    public void An_async_process_catches_an_interrupt_as_InterruptException()
    {
        var sim = new Simulation(1);
        object? cause = null;
        var interruptTime = double.NaN;
        var caughtAt = double.NaN;
        var sleeper = sim.Process(async () =>
        {
            try
            {
                await sim.Timeout(10);
            }
            catch (InterruptException interrupt)
            {
                cause = interrupt.Cause;
                interruptTime = interrupt.Time;
                caughtAt = sim.Now;
            }

            await sim.Timeout(1);
        });
        sim.Process(Alarm());

        sim.Run(sleeper);

        cause.ShouldBe("wake up");
        interruptTime.ShouldBe(3.0);
        caughtAt.ShouldBe(3.0);
        sleeper.IsOk.ShouldBeTrue();
        sim.Now.ShouldBe(4.0); // 3 + 1

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(3);
            sleeper.Interrupt("wake up");
        }
    }

    [Fact]
    public void An_async_process_that_does_not_catch_an_interrupt_fails_with_it()
    {
        var sim = new Simulation(1);
        var sleeper = sim.Process(async () => await sim.Timeout(10));
        sim.Process(Alarm());

        var error = Should.Throw<EventFailedException>(() => sim.Run());

        error.FailedEvent.ShouldBeSameAs(sleeper);
        error.InnerException.ShouldBeOfType<InterruptException>().Cause.ShouldBe("stop");

        IEnumerable<Event> Alarm()
        {
            yield return sim.Timeout(2);
            sleeper.Interrupt("stop");
        }
    }

    [Fact]
    public void Interrupting_a_finished_process_throws_InvalidOperationException()
    {
        var sim = new Simulation(1);
        var done = sim.Process(Body());
        sim.Run();

        Should.Throw<InvalidOperationException>(() => done.Interrupt("too late")).Message.ShouldContain("finished");

        IEnumerable<Event> Body()
        {
            yield return sim.Timeout(1);
        }
    }

    [Fact]
    public void A_process_cannot_interrupt_itself()
    {
        var sim = new Simulation(1);
        Exception? thrown = null;
        sim.Process(Body());

        sim.Run();

        thrown.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("itself");

        IEnumerable<Event> Body()
        {
            thrown = Record.Exception(() => sim.ActiveProcess!.Interrupt());
            yield break;
        }
    }
}
