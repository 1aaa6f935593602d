namespace SimWorkbench.Kernel.Tests.Resources;

public sealed class ContainerTests
{
    [Fact]
    public void A_container_starts_at_its_initial_level()
    {
        var sim = new Simulation(1);

        var tank = new Container(sim, capacity: 100, initial: 40);

        tank.Capacity.ShouldBe(100.0);
        tank.Level.ShouldBe(40.0);
        tank.WaitingPuts.ShouldBe(0);
        tank.WaitingGets.ShouldBe(0);
        new Container(sim, capacity: 5).Level.ShouldBe(0.0);
    }

    [Fact]
    public void Put_adds_at_once_when_the_amount_fits()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 3);
        var putAt = double.NaN;
        sim.Process(Producer());

        sim.Run();

        putAt.ShouldBe(0.0);
        tank.Level.ShouldBe(10.0); // 3 + 7, exactly the capacity

        IEnumerable<Event> Producer()
        {
            var put = tank.Put(7);
            put.IsTriggered.ShouldBeTrue(); // granted on the spot, processed at this instant
            put.Amount.ShouldBe(7.0);
            yield return put;
            putAt = sim.Now;
        }
    }

    [Fact]
    public void Get_takes_at_once_when_the_level_suffices()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 6);
        var gotAt = double.NaN;
        sim.Process(Consumer());

        sim.Run();

        gotAt.ShouldBe(0.0);
        tank.Level.ShouldBe(0.0);

        IEnumerable<Event> Consumer()
        {
            var get = tank.Get(6);
            get.IsTriggered.ShouldBeTrue();
            get.Amount.ShouldBe(6.0);
            yield return get;
            gotAt = sim.Now;
        }
    }

    [Fact]
    public void A_get_made_now_and_waited_on_later_lets_its_process_continue_at_once()
    {
        // As with a resource request, a process may ask first and wait later: by then the get has
        // long been served, so waiting on it continues at once (and with its own amount taken).
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10);
        var continuedAt = double.NaN;
        double? amount = null;
        var consumer = sim.Process(Consumer());
        sim.Process(Producer());

        sim.Run();

        consumer.IsAlive.ShouldBeFalse();
        continuedAt.ShouldBe(2.0); // served at 1, waited on from 2
        amount.ShouldBe(5.0);
        tank.Level.ShouldBe(0.0);

        IEnumerable<Event> Consumer()
        {
            var get = tank.Get(5);
            yield return sim.Timeout(2);
            yield return get;
            continuedAt = sim.Now;
            amount = get.Amount;
        }

        IEnumerable<Event> Producer()
        {
            yield return sim.Timeout(1);
            yield return tank.Put(5);
        }
    }

    [Fact]
    public void A_put_made_outside_a_process_keeps_its_identity_after_it_is_processed()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10);
        var first = tank.Put(2);
        sim.Run();

        var second = tank.Put(3);

        second.ShouldNotBeSameAs(first);
        first.Amount.ShouldBe(2.0);
        first.IsProcessed.ShouldBeTrue();
    }

    [Fact]
    public void Get_waits_until_the_level_suffices()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10);
        var gotAt = double.NaN;
        sim.Process(Consumer());
        sim.Process(Producer());

        sim.Run(until: 1.5);
        tank.Level.ShouldBe(3.0); // the first put, not yet enough for the get of 4
        tank.WaitingGets.ShouldBe(1);

        sim.Run();

        gotAt.ShouldBe(2.0); // 3 + 3 = 6 ≥ 4 after the second put
        tank.Level.ShouldBe(2.0); // 6 − 4
        tank.WaitingGets.ShouldBe(0);

        IEnumerable<Event> Consumer()
        {
            yield return tank.Get(4);
            gotAt = sim.Now;
        }

        IEnumerable<Event> Producer()
        {
            yield return sim.Timeout(1);
            yield return tank.Put(3);
            yield return sim.Timeout(1);
            yield return tank.Put(3);
        }
    }

    [Fact]
    public void Put_waits_until_there_is_room()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 8);
        var putAt = double.NaN;
        sim.Process(Producer());
        sim.Process(Consumer());

        sim.Run(until: 1);
        tank.WaitingPuts.ShouldBe(1);
        tank.Level.ShouldBe(8.0);

        sim.Run();

        putAt.ShouldBe(3.0); // 8 − 4 = 4, and 4 + 5 = 9 ≤ 10
        tank.Level.ShouldBe(9.0);

        IEnumerable<Event> Producer()
        {
            yield return tank.Put(5);
            putAt = sim.Now;
        }

        IEnumerable<Event> Consumer()
        {
            yield return sim.Timeout(3);
            yield return tank.Get(4);
        }
    }

    [Fact]
    public void A_large_waiting_get_holds_back_smaller_later_gets()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10);
        var served = new List<(string Name, double Time)>();
        sim.Process(Getter("large", start: 0, amount: 5));
        sim.Process(Getter("small", start: 1, amount: 1));
        sim.Process(Producer());

        sim.Run(until: 3);
        tank.Level.ShouldBe(3.0); // enough for the small get, but the large one is ahead of it
        served.ShouldBeEmpty();

        sim.Run();

        // At t = 4 the level is 6: the large get takes 5, then the small one the last 1.
        served.ShouldBe([("large", 4.0), ("small", 4.0)]);
        tank.Level.ShouldBe(0.0);

        IEnumerable<Event> Getter(string name, double start, double amount)
        {
            yield return sim.Timeout(start);
            yield return tank.Get(amount);
            served.Add((name, sim.Now));
        }

        IEnumerable<Event> Producer()
        {
            yield return sim.Timeout(2);
            yield return tank.Put(3);
            yield return sim.Timeout(2);
            yield return tank.Put(3);
        }
    }

    [Fact]
    public void A_large_waiting_put_holds_back_smaller_later_puts()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 8);

        var large = tank.Put(5);
        var small = tank.Put(1); // would fit (8 + 1 ≤ 10) but waits behind the large put

        small.IsTriggered.ShouldBeFalse();
        tank.WaitingPuts.ShouldBe(2);

        tank.Get(4); // level 4: the large put (→ 9), then the small one (→ 10)

        large.IsTriggered.ShouldBeTrue();
        small.IsTriggered.ShouldBeTrue();
        tank.Level.ShouldBe(10.0);
        tank.WaitingPuts.ShouldBe(0);
    }

    [Fact]
    public void Both_queues_stay_first_come_first_served_even_when_a_later_request_could_be_met()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 9);
        tank.Put(4); // needs the level at 6 or less
        var bigGet = tank.Get(10); // needs a full tank

        var topUp = tank.Put(1); // would fit (9 + 1 = 10) but waits behind the put of 4

        // Nothing can move: the put of 4 heads its queue and 9 + 4 > 10; the get of 10 needs 10.
        topUp.IsTriggered.ShouldBeFalse();
        bigGet.IsTriggered.ShouldBeFalse();

        var smallGet = tank.Get(3); // behind the get of 10, so it waits too
        smallGet.IsTriggered.ShouldBeFalse();
        tank.Level.ShouldBe(9.0);
        tank.WaitingPuts.ShouldBe(2);
        tank.WaitingGets.ShouldBe(2);
    }

    [Fact]
    public void A_get_that_goes_through_can_let_a_waiting_put_through_at_the_same_instant()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 9);
        var served = new List<(string Name, double Time)>();
        sim.Process(Client("put 4", () => tank.Put(4)));   // 9 + 4 > 10: waits
        var bigGet = sim.Process(Client("get 10", () => tank.Get(10))); // 9 < 10: waits
        sim.Process(Client("get 3", () => tank.Get(3)));   // behind the get of 10
        sim.Process(Client("put 1", () => tank.Put(1)));   // behind the put of 4
        sim.Process(Controller());

        sim.Run();

        // Withdrawing the get of 10 at t = 1 lets the get of 3 through (9 → 6), which makes room
        // for the put of 4 (6 → 10); the put of 1 then no longer fits (10 + 1 > 10) and waits on.
        served.ShouldBe([("get 3", 1.0), ("put 4", 1.0)]);
        tank.Level.ShouldBe(10.0);
        tank.WaitingPuts.ShouldBe(1);
        tank.WaitingGets.ShouldBe(0);

        IEnumerable<Event> Client(string name, Func<Event> ask)
        {
            yield return ask();
            if (!sim.ActiveProcess!.HandleInterrupt(out _))
            {
                served.Add((name, sim.Now));
            }
        }

        IEnumerable<Event> Controller()
        {
            yield return sim.Timeout(1);
            bigGet.Interrupt();
        }
    }

    [Fact]
    public void A_get_withdrawn_by_an_interrupt_stops_holding_back_the_gets_behind_it()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 2);
        var smallServedAt = double.NaN;
        var waitingBefore = -1;
        var large = sim.Process(LargeGetter());
        sim.Process(SmallGetter());
        sim.Process(Controller());

        sim.Run();

        waitingBefore.ShouldBe(2);
        smallServedAt.ShouldBe(1.0); // as soon as the large get leaves the head of the queue
        tank.Level.ShouldBe(1.0); // 2 − 1: the withdrawn get took nothing
        tank.WaitingGets.ShouldBe(0);
        large.IsOk.ShouldBeTrue();

        IEnumerable<Event> LargeGetter()
        {
            yield return tank.Get(5);
            sim.ActiveProcess!.HandleInterrupt(out _).ShouldBeTrue();
        }

        IEnumerable<Event> SmallGetter()
        {
            yield return tank.Get(1);
            smallServedAt = sim.Now;
        }

        IEnumerable<Event> Controller()
        {
            yield return sim.Timeout(1);
            waitingBefore = tank.WaitingGets;
            large.Interrupt("give up");
        }
    }

    [Fact]
    public void A_put_withdrawn_by_an_interrupt_never_adds_its_amount()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 10);
        var smallPutAt = double.NaN;
        var large = sim.Process(LargePutter());
        sim.Process(SmallPutter());
        sim.Process(Controller());

        sim.Run();

        // The put of 5 was withdrawn at 1; the get of 3 at 2 leaves 7 and the put of 2 makes 9.
        smallPutAt.ShouldBe(2.0);
        tank.Level.ShouldBe(9.0);
        tank.WaitingPuts.ShouldBe(0);
        large.IsOk.ShouldBeTrue();

        IEnumerable<Event> LargePutter()
        {
            yield return tank.Put(5);
            sim.ActiveProcess!.HandleInterrupt(out _);
        }

        IEnumerable<Event> SmallPutter()
        {
            yield return tank.Put(2);
            smallPutAt = sim.Now;
        }

        IEnumerable<Event> Controller()
        {
            yield return sim.Timeout(1);
            large.Interrupt();
            yield return sim.Timeout(1);
            yield return tank.Get(3);
        }
    }

    [Fact]
    public void A_container_handles_fractional_amounts()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 1.5, initial: 0.25);

        tank.Put(1.25);
        var get = tank.Get(0.5);

        tank.Level.ShouldBe(1.0); // 0.25 + 1.25 − 0.5, all exact in binary
        get.IsTriggered.ShouldBeTrue();
    }

    [Fact]
    public void A_get_served_at_the_instant_of_an_interrupt_stays_served_and_its_process_sees_it()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10);
        var received = 0.0;
        var getter = sim.Process(Getter());
        sim.Process(Controller());

        sim.Run();

        // At t = 1 the put of 5 serves the waiting get, and in the same step the getter is
        // interrupted: the 5 left the tank, and the getter, which kept its get, sees it was served.
        getter.IsOk.ShouldBeTrue();
        tank.Level.ShouldBe(0.0);
        received.ShouldBe(5.0);

        IEnumerable<Event> Getter()
        {
            var get = tank.Get(5);
            yield return get;
            sim.ActiveProcess!.HandleInterrupt(out _).ShouldBeTrue();
            if (get.IsOk)
            {
                received += get.Amount;
            }
        }

        IEnumerable<Event> Controller()
        {
            yield return sim.Timeout(1);
            tank.Put(5);
            getter.Interrupt("gave up");
        }
    }

    [Fact]
    public void TryGet_takes_at_once_only_when_the_level_covers_it()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 4);

        tank.TryGet(3).ShouldBeTrue();
        tank.Level.ShouldBe(1.0);
        tank.TryGet(2).ShouldBeFalse(); // 1 left: refused, level unchanged
        tank.Level.ShouldBe(1.0);
        sim.Peek().ShouldBe(double.PositiveInfinity); // nothing was scheduled
    }

    [Fact]
    public void TryGet_does_not_jump_a_waiting_get()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 2);
        _ = tank.Get(5); // waits for 3 more

        tank.TryGet(1).ShouldBeFalse();
        tank.Level.ShouldBe(2.0);
    }

    [Fact]
    public void TryPut_adds_at_once_when_it_fits_and_serves_a_waiting_get()
    {
        var sim = new Simulation(1);
        var tank = new Container(sim, capacity: 10, initial: 2);
        var get = tank.Get(5);

        tank.TryPut(4).ShouldBeTrue(); // 2 + 4 = 6 covers the get of 5
        get.IsTriggered.ShouldBeTrue();
        tank.Level.ShouldBe(1.0);
        tank.TryPut(10).ShouldBeFalse(); // 1 + 10 > 10
        tank.Level.ShouldBe(1.0);
    }
}
