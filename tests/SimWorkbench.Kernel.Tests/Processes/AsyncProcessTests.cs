using SimWorkbench.Kernel.Async;

namespace SimWorkbench.Kernel.Tests.Processes;

public sealed class AsyncProcessTests
{
    [Fact]
    public void Awaiting_a_timeout_advances_the_clock_by_its_delay()
    {
        var sim = new Simulation(1);
        var times = new List<double>();
        var process = sim.Process(async () =>
        {
            times.Add(sim.Now);
            await sim.Timeout(5);
            times.Add(sim.Now);
            await sim.Timeout(2.5);
            times.Add(sim.Now);
        });

        sim.Run();

        times.ShouldBe([0.0, 5.0, 7.5]);
        process.IsOk.ShouldBeTrue();
        process.Value.ShouldBeNull();
    }

    [Fact]
    public void Awaiting_an_event_returns_its_value()
    {
        var sim = new Simulation(1);
        object? received = null;
        sim.Process(async () => received = await sim.Timeout(1, "ding"));

        sim.Run();

        received.ShouldBe("ding");
    }

    [Fact]
    public void An_async_process_returns_its_value_as_its_result()
    {
        var sim = new Simulation(1);
        var process = sim.Process<int>(async () =>
        {
            await sim.Timeout(2);
            return 7;
        });

        sim.Run(process);

        process.Value.ShouldBe(7);
        sim.Now.ShouldBe(2.0);
    }

    [Fact]
    public void An_async_process_waits_for_another_and_receives_its_result()
    {
        var sim = new Simulation(1);
        object? received = null;
        var receivedAt = double.NaN;
        var child = sim.Process<string>(async () =>
        {
            await sim.Timeout(3);
            return "parcel";
        });
        sim.Process(async () =>
        {
            received = await child;
            receivedAt = sim.Now;
        });

        sim.Run();

        received.ShouldBe("parcel");
        receivedAt.ShouldBe(3.0);
    }

    [Fact]
    public void Iterator_and_async_processes_wait_for_each_other()
    {
        var sim = new Simulation(1);
        object? received = null;
        var asyncChild = sim.Process<int>(async () =>
        {
            await sim.Timeout(2);
            return 40;
        });
        var iteratorParent = sim.Process(Parent());
        var asyncGrandparent = sim.Process<int>(async () => (int)(await iteratorParent)! + 1);

        sim.Run();

        received.ShouldBe(40);
        asyncGrandparent.Value.ShouldBe(43); // (40 + 2) + 1

        IEnumerable<Event> Parent()
        {
            yield return asyncChild;
            received = asyncChild.Value;
            yield return sim.Exit((int)received! + 2);
        }
    }

    [Fact]
    public void A_body_that_completes_without_awaiting_succeeds_at_its_start_time()
    {
        var sim = new Simulation(1);
        sim.Run(until: 3);
        var process = sim.Process<string>(() => Task.FromResult("at once"));

        sim.Run();

        process.Value.ShouldBe("at once");
        sim.Now.ShouldBe(3.0);
    }

    [Fact]
    public void Awaiting_a_failed_event_throws_that_exception_inside_the_body()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("road closed");
        var broken = sim.Event();
        new Timeout(sim, 2).AddCallback(_ => broken.Fail(failure));
        Exception? caught = null;
        var caughtAt = double.NaN;
        var process = sim.Process(async () =>
        {
            try
            {
                await broken;
            }
            catch (InvalidOperationException error)
            {
                caught = error;
                caughtAt = sim.Now;
            }

            await sim.Timeout(1);
        });

        Should.NotThrow(() => sim.Run());

        caught.ShouldBeSameAs(failure);
        caughtAt.ShouldBe(2.0);
        process.IsOk.ShouldBeTrue();
        sim.Now.ShouldBe(3.0);
    }

    [Fact]
    public void An_exception_that_escapes_an_async_body_fails_the_process()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("engine fire");
        var doomed = sim.Process(async () =>
        {
            await sim.Timeout(2);
            throw failure;
        });

        var error = Should.Throw<EventFailedException>(() => sim.Run());

        error.FailedEvent.ShouldBeSameAs(doomed);
        error.InnerException.ShouldBeSameAs(failure);
        error.Time.ShouldBe(2.0);
        doomed.Error.ShouldBeSameAs(failure);
    }

    [Fact]
    public void A_failure_of_an_awaited_process_propagates_to_the_awaiting_body()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("engine fire");
        var child = sim.Process(async () =>
        {
            await sim.Timeout(1);
            throw failure;
        });
        var parent = sim.Process(async () => await child);

        var error = Should.Throw<EventFailedException>(() => sim.Run());

        error.FailedEvent.ShouldBeSameAs(parent);
        error.InnerException.ShouldBeSameAs(failure);
        child.Error.ShouldBeSameAs(failure);
    }

    [Fact]
    public void An_iterator_process_sees_the_failure_of_an_async_process_through_HandleFailure()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("engine fire");
        Exception? seen = null;
        var child = sim.Process(async () =>
        {
            await sim.Timeout(1);
            throw failure;
        });
        sim.Process(Parent());

        Should.NotThrow(() => sim.Run());

        seen.ShouldBeSameAs(failure);

        IEnumerable<Event> Parent()
        {
            yield return child;
            sim.ActiveProcess!.HandleFailure(out seen);
        }
    }

    [Fact]
    public void An_async_process_holds_and_releases_a_unit_with_using()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var grants = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            sim.Process(async () =>
            {
                using var request = bay.Request();
                await request;
                grants.Add(sim.Now);
                await sim.Timeout(2);
            });
        }

        sim.Run();

        grants.ShouldBe([0.0, 2.0, 4.0]);
        bay.Count.ShouldBe(0);
    }

    [Fact]
    public void Awaiting_an_already_processed_event_continues_at_once()
    {
        var sim = new Simulation(1);
        var done = sim.Event();
        done.Succeed("early");
        object? received = null;
        var receivedAt = double.NaN;
        sim.Process(async () =>
        {
            await sim.Timeout(4);
            received = await done;
            receivedAt = sim.Now;
        });

        sim.Run();

        received.ShouldBe("early");
        receivedAt.ShouldBe(4.0);
    }

    [Fact]
    public void Awaiting_something_that_is_not_a_simulation_event_fails_the_process_with_a_clear_message()
    {
        // Task.Yield hands the rest of the body to the thread pool. The gate holds that escaped
        // continuation back until the kernel has judged the process, so the test does not race it.
        var gate = new ManualResetEventSlim();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            var sim = new Simulation(1);
            var process = sim.Process<int>(async () =>
            {
                await Task.Yield();
                gate.Wait();
                return 1;
            });

            var error = Should.Throw<EventFailedException>(() => sim.Run());

            error.FailedEvent.ShouldBeSameAs(process);
            var inner = error.InnerException.ShouldBeOfType<InvalidOperationException>();
            inner.Message.ShouldContain("not a simulation event");
        }
        finally
        {
            gate.Set();
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    [Fact]
    public void Awaiting_something_that_is_not_a_simulation_event_fails_the_process_even_if_the_body_finishes_elsewhere_first()
    {
        // The same mistake where the escaped continuation wins the race: this context runs posted
        // work on another thread and waits for it, as a quick thread pool (or xUnit's own context)
        // may. The body then completes off the simulation's thread before the kernel looks.
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new RunsPostedWorkElsewhereAndWaits());
        try
        {
            var sim = new Simulation(1);
            var process = sim.Process<int>(async () =>
            {
                await Task.Yield();
                return 1;
            });

            var error = Should.Throw<EventFailedException>(() => sim.Run());

            error.FailedEvent.ShouldBeSameAs(process);
            error.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("not a simulation event");
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private sealed class RunsPostedWorkElsewhereAndWaits : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
            var thread = new Thread(() => d(state));
            thread.Start();
            thread.Join();
        }
    }
}
