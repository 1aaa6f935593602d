using SimWorkbench.Kernel.Async;

namespace SimWorkbench.Kernel.Tests;

/// <summary>Programmers' mistakes with the kernel API throw at once, naming the problem.</summary>
public sealed class MisuseTests
{
    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1e-300)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_timeout_delay_that_is_negative_or_not_finite_is_rejected(double delay)
    {
        var sim = new Simulation(1);

        Should.Throw<ArgumentOutOfRangeException>(() => sim.Timeout(delay)).ParamName.ShouldBe("delay");
        Should.Throw<ArgumentOutOfRangeException>(() => new Timeout(sim, delay)).ParamName.ShouldBe("delay");
        sim.Peek().ShouldBe(double.PositiveInfinity); // nothing was scheduled
    }

    [Fact]
    public void Triggering_an_event_twice_throws_InvalidOperationException()
    {
        var sim = new Simulation(1);
        var succeeded = sim.Event();
        succeeded.Succeed(1);
        var failed = sim.Event();
        failed.Fail(new InvalidOperationException("first"));
        failed.Defused = true;

        Should.Throw<InvalidOperationException>(() => succeeded.Succeed(2)).Message.ShouldContain("already been triggered");
        Should.Throw<InvalidOperationException>(() => succeeded.Fail(new InvalidOperationException("late")));
        Should.Throw<InvalidOperationException>(() => failed.Succeed());
        Should.Throw<InvalidOperationException>(() => failed.Fail(new InvalidOperationException("again")));
        succeeded.Value.ShouldBe(1); // the first outcome stands
        sim.Run();
        Should.Throw<InvalidOperationException>(() => succeeded.Succeed(3));
    }

    [Fact]
    public void Fail_without_an_exception_is_rejected()
    {
        var e = new Simulation(1).Event();

        Should.Throw<ArgumentNullException>(() => e.Fail(null!));
        e.IsTriggered.ShouldBeFalse();
    }

    [Fact]
    public void Succeed_or_Fail_on_a_timeout_by_hand_throws_InvalidOperationException()
    {
        var sim = new Simulation(1);
        var timeout = new Timeout(sim, 5);
        var pooled = sim.Timeout(5);

        Should.Throw<InvalidOperationException>(() => timeout.Succeed()).Message.ShouldContain("cannot be triggered by hand");
        Should.Throw<InvalidOperationException>(() => timeout.Fail(new InvalidOperationException("no")));
        Should.Throw<InvalidOperationException>(() => pooled.Succeed());
    }

    [Fact]
    public void Succeed_or_Fail_on_a_process_by_hand_throws_InvalidOperationException()
    {
        var sim = new Simulation(1);
        var process = sim.Process(Body());

        Should.Throw<InvalidOperationException>(() => process.Succeed()).Message.ShouldContain("cannot be triggered by hand");
        Should.Throw<InvalidOperationException>(() => process.Fail(new InvalidOperationException("no")));
        sim.Run();
        process.IsOk.ShouldBeTrue();

        IEnumerable<Event> Body()
        {
            yield return sim.Timeout(1);
        }
    }

    [Fact]
    public void Succeed_on_a_condition_request_put_or_get_by_hand_throws_InvalidOperationException()
    {
        var sim = new Simulation(1);
        var condition = sim.AllOf(sim.Event());
        var request = new Resource(sim, 1).Request();
        var tank = new Container(sim, 10);
        var store = new Store<int>(sim);

        Should.Throw<InvalidOperationException>(() => condition.Succeed());
        Should.Throw<InvalidOperationException>(() => request.Succeed());
        Should.Throw<InvalidOperationException>(() => tank.Put(1).Succeed());
        Should.Throw<InvalidOperationException>(() => tank.Get(1).Succeed());
        Should.Throw<InvalidOperationException>(() => store.Put(1).Succeed());
        Should.Throw<InvalidOperationException>(() => store.Get().Succeed());
    }

    [Fact]
    public void Releasing_a_request_twice_throws_InvalidOperationException()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var request = bay.Request();
        bay.Release(request);

        Should.Throw<InvalidOperationException>(() => bay.Release(request)).Message.ShouldContain("already released");
        bay.Count.ShouldBe(0);
    }

    [Fact]
    public void Releasing_a_request_on_another_resource_throws_ArgumentException()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var other = new Resource(sim, capacity: 1);
        var request = bay.Request();

        var error = Should.Throw<ArgumentException>(() => other.Release(request));

        error.ParamName.ShouldBe("request");
        error.Message.ShouldContain("another resource");
        request.Status.ShouldBe(RequestStatus.Granted);
        bay.Count.ShouldBe(1);
    }

    [Fact]
    public void Yielding_an_event_of_another_simulation_fails_the_process()
    {
        var sim = new Simulation(1);
        var elsewhere = new Simulation(2);
        var foreign = elsewhere.Event();
        var process = sim.Process(Body());

        var error = Should.Throw<EventFailedException>(() => sim.Run());

        error.FailedEvent.ShouldBeSameAs(process);
        error.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("another simulation");

        IEnumerable<Event> Body()
        {
            yield return foreign;
        }
    }

    [Fact]
    public void Yielding_null_fails_the_process()
    {
        var sim = new Simulation(1);

        sim.Process(Body());

        Should.Throw<EventFailedException>(() => sim.Run())
            .InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("null");

        static IEnumerable<Event> Body()
        {
            yield return null!;
        }
    }

    [Fact]
    public void A_condition_over_events_of_another_simulation_is_rejected()
    {
        var sim = new Simulation(1);
        var elsewhere = new Simulation(2);

        var error = Should.Throw<ArgumentException>(() => sim.AllOf(sim.Event(), elsewhere.Event()));

        error.ParamName.ShouldBe("events");
        error.Message.ShouldContain("another simulation");
    }

    [Fact]
    public void Running_until_an_event_of_another_simulation_is_rejected()
    {
        var sim = new Simulation(1);
        var elsewhere = new Simulation(2);

        Should.Throw<ArgumentException>(() => sim.Run(elsewhere.Event())).ParamName.ShouldBe("until");
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Running_until_a_time_before_now_is_rejected(double offset)
    {
        var sim = new Simulation(1);
        sim.Run(until: 5);

        Should.Throw<ArgumentOutOfRangeException>(() => sim.Run(until: 5 + offset)).ParamName.ShouldBe("until");
        sim.Now.ShouldBe(5.0);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    [InlineData(10.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Putting_or_getting_an_amount_that_is_not_positive_or_larger_than_the_capacity_is_rejected(double amount)
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 5);

        Should.Throw<ArgumentOutOfRangeException>(() => tank.Put(amount)).ParamName.ShouldBe("amount");
        Should.Throw<ArgumentOutOfRangeException>(() => tank.Get(amount)).ParamName.ShouldBe("amount");
        tank.Level.ShouldBe(5.0);
        tank.WaitingPuts.ShouldBe(0);
        tank.WaitingGets.ShouldBe(0);
    }

    [Theory]
    [InlineData(10.5)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void A_container_whose_initial_level_is_outside_zero_to_capacity_is_rejected(double initial)
    {
        var sim = new Simulation(1);

        Should.Throw<ArgumentOutOfRangeException>(() => new Container(sim, capacity: 10, initial: initial))
            .ParamName.ShouldBe("initial");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_container_capacity_that_is_not_positive_and_finite_is_rejected(double capacity)
    {
        var sim = new Simulation(1);

        Should.Throw<ArgumentOutOfRangeException>(() => new Container(sim, capacity)).ParamName.ShouldBe("capacity");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_resource_or_store_capacity_below_one_is_rejected(int capacity)
    {
        var sim = new Simulation(1);

        Should.Throw<ArgumentOutOfRangeException>(() => new Resource(sim, capacity)).ParamName.ShouldBe("capacity");
        Should.Throw<ArgumentOutOfRangeException>(() => new PriorityResource(sim, capacity)).ParamName.ShouldBe("capacity");
        Should.Throw<ArgumentOutOfRangeException>(() => new PreemptiveResource(sim, capacity)).ParamName.ShouldBe("capacity");
        Should.Throw<ArgumentOutOfRangeException>(() => new Store<int>(sim, capacity)).ParamName.ShouldBe("capacity");
        Should.Throw<ArgumentOutOfRangeException>(() => new FilterStore<int>(sim, capacity)).ParamName.ShouldBe("capacity");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var sim = new Simulation(1);

        Should.Throw<ArgumentNullException>(() => sim.Process((IEnumerable<Event>)null!));
        Should.Throw<ArgumentNullException>(() => sim.Process((Func<Task>)null!));
        Should.Throw<ArgumentNullException>(() => sim.Run((Event)null!));
        Should.Throw<ArgumentNullException>(() => sim.AllOf(null!));
        Should.Throw<ArgumentNullException>(() => sim.AnyOf(sim.Event(), null!));
        Should.Throw<ArgumentNullException>(() => sim.Event().AddCallback(null!));
        Should.Throw<ArgumentNullException>(() => new Event(null!));
        Should.Throw<ArgumentNullException>(() => new FilterStore<int>(sim).Get(null!));
        Should.Throw<ArgumentNullException>(() => new Resource(sim, 1).Release(null!));
    }

    [Fact]
    public void Awaiting_Exit_in_an_async_process_fails_the_process_with_a_clear_message()
    {
        var sim = new Simulation(1);
        var process = sim.Process(async () => await sim.Exit(3));

        var error = Should.Throw<EventFailedException>(() => sim.Run());

        error.FailedEvent.ShouldBeSameAs(process);
        error.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("Simulation.Exit is for iterator processes");
    }

    [Fact]
    public void Awaiting_an_event_outside_a_process_throws_InvalidOperationException_to_the_caller()
    {
        var sim = new Simulation(1);

        var outside = Outside();

        outside.IsFaulted.ShouldBeTrue();
        outside.Exception!.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("outside a process");

        async Task Outside() => await sim.Timeout(1);
    }
}
