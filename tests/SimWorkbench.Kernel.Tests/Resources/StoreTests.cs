namespace SimWorkbench.Kernel.Tests.Resources;

public sealed class StoreTests
{
    [Fact]
    public void Items_leave_in_the_order_they_came()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim);
        yard.Put("truck 1");
        yard.Put("truck 2");
        yard.Put("truck 3");

        yard.Items.ShouldBe(["truck 1", "truck 2", "truck 3"]);
        yard.Count.ShouldBe(3);

        yard.Get().Item.ShouldBe("truck 1");
        yard.Get().Item.ShouldBe("truck 2");
        yard.Get().Item.ShouldBe("truck 3");
        yard.Count.ShouldBe(0);
    }

    [Fact]
    public void TryGet_takes_the_oldest_item_at_once_and_nothing_from_an_empty_store()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim);
        yard.TryGet(out _).ShouldBeFalse();
        yard.Put("truck 1");
        yard.Put("truck 2");

        yard.TryGet(out var first).ShouldBeTrue();

        first.ShouldBe("truck 1");
        yard.Items.ShouldBe(["truck 2"]);
    }

    [Fact]
    public void TryGet_does_not_overtake_a_waiting_get()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim);
        var waiting = yard.Get();

        yard.TryGet(out _).ShouldBeFalse();
        yard.Put("truck 1");

        waiting.Item.ShouldBe("truck 1");
        yard.TryGet(out _).ShouldBeFalse();
    }

    [Fact]
    public void TryGet_lets_a_put_waiting_for_room_enter()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim, capacity: 1);
        yard.Put("truck 1");
        var waiting = yard.Put("truck 2");

        yard.TryGet(out var taken).ShouldBeTrue();

        taken.ShouldBe("truck 1");
        waiting.IsTriggered.ShouldBeTrue();
        yard.Items.ShouldBe(["truck 2"]);
    }

    [Fact]
    public void TryPut_serves_a_waiting_get_at_once_and_refuses_when_full_or_puts_wait()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim, capacity: 1);
        var get = yard.Get();

        yard.TryPut("truck 1").ShouldBeTrue();

        get.IsTriggered.ShouldBeTrue();
        get.Item.ShouldBe("truck 1");
        yard.TryPut("truck 2").ShouldBeTrue();
        yard.TryPut("truck 3").ShouldBeFalse("the store is full");
        yard.Put("truck 4");
        yard.TryGet(out _).ShouldBeTrue();
        yard.Items.ShouldBe(["truck 4"], "the waiting put entered when truck 2 left");
        yard.Put("truck 5");
        yard.TryPut("truck 6").ShouldBeFalse("a put is waiting before it");
    }

    [Fact]
    public void Get_waits_until_there_is_an_item()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim);
        string? received = null;
        var receivedAt = double.NaN;
        sim.Process(Consumer());
        sim.Process(Producer());

        sim.Run(until: 1);
        yard.WaitingGets.ShouldBe(1);

        sim.Run();

        received.ShouldBe("truck 7");
        receivedAt.ShouldBe(4.0);
        yard.WaitingGets.ShouldBe(0);
        yard.Count.ShouldBe(0);

        IEnumerable<Event> Consumer()
        {
            var get = yard.Get();
            yield return get;
            received = get.Item;
            receivedAt = sim.Now;
        }

        IEnumerable<Event> Producer()
        {
            yield return sim.Timeout(4);
            yield return yard.Put("truck 7");
        }
    }

    [Fact]
    public void The_value_of_a_get_is_the_item_taken()
    {
        var sim = new Simulation(1);
        var yard = new Store<int>(sim);
        yard.Put(42);

        var get = yard.Get();
        sim.Run();

        get.Value.ShouldBe(42);
        get.Item.ShouldBe(42);
        get.Store.ShouldBeSameAs(yard);
    }

    [Fact]
    public void Item_of_a_get_not_yet_served_throws_InvalidOperationException()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim);

        var get = yard.Get();

        Should.Throw<InvalidOperationException>(() => get.Item);
    }

    [Fact]
    public void Put_waits_until_there_is_room()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim, capacity: 2);
        var thirdInAt = double.NaN;
        sim.Process(Producer());
        sim.Process(Consumer());

        sim.Run(until: 1);
        yard.Count.ShouldBe(2);
        yard.WaitingPuts.ShouldBe(1);

        sim.Run();

        thirdInAt.ShouldBe(5.0); // when the consumer took the first item
        yard.Items.ShouldBe(["b", "c"]);
        yard.WaitingPuts.ShouldBe(0);

        IEnumerable<Event> Producer()
        {
            yield return yard.Put("a");
            yield return yard.Put("b");
            yield return yard.Put("c");
            thirdInAt = sim.Now;
        }

        IEnumerable<Event> Consumer()
        {
            yield return sim.Timeout(5);
            var get = yard.Get();
            yield return get;
            get.Item.ShouldBe("a");
        }
    }

    [Fact]
    public void Waiting_gets_are_served_first_come_first_served()
    {
        var sim = new Simulation(1);
        var yard = new Store<int>(sim);
        var received = new List<(string Name, int Item)>();
        sim.Process(Consumer("second", start: 2));
        sim.Process(Consumer("first", start: 1));
        sim.Process(Consumer("third", start: 3));
        sim.Process(Producer());

        sim.Run();

        received.ShouldBe([("first", 100), ("second", 200), ("third", 300)]);

        IEnumerable<Event> Consumer(string name, double start)
        {
            yield return sim.Timeout(start);
            var get = yard.Get();
            yield return get;
            received.Add((name, get.Item));
        }

        IEnumerable<Event> Producer()
        {
            yield return sim.Timeout(10);
            yard.Put(100);
            yard.Put(200);
            yard.Put(300);
        }
    }

    [Fact]
    public void Waiting_puts_enter_in_the_order_they_came()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim, capacity: 1);
        yard.Put("first");
        var second = yard.Put("second");
        var third = yard.Put("third");
        second.IsTriggered.ShouldBeFalse();

        yard.Get().Item.ShouldBe("first");

        second.IsTriggered.ShouldBeTrue();
        third.IsTriggered.ShouldBeFalse();
        yard.Items.ShouldBe(["second"]);
        yard.Get().Item.ShouldBe("second");
        yard.Items.ShouldBe(["third"]);
    }

    [Fact]
    public void A_get_withdrawn_by_an_interrupt_does_not_take_an_item()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim);
        string? secondReceived = null;
        var impatient = sim.Process(Impatient());
        sim.Process(Patient());
        sim.Process(Controller());

        sim.Run();

        secondReceived.ShouldBe("truck");
        impatient.IsOk.ShouldBeTrue();
        yard.WaitingGets.ShouldBe(0);

        IEnumerable<Event> Impatient()
        {
            yield return yard.Get();
            sim.ActiveProcess!.HandleInterrupt(out _).ShouldBeTrue();
        }

        IEnumerable<Event> Patient()
        {
            var get = yard.Get();
            yield return get;
            secondReceived = get.Item;
        }

        IEnumerable<Event> Controller()
        {
            yield return sim.Timeout(1);
            yard.WaitingGets.ShouldBe(2);
            impatient.Interrupt();
            yield return sim.Timeout(1);
            yard.WaitingGets.ShouldBe(1);
            yield return yard.Put("truck");
        }
    }

    [Fact]
    public void A_put_withdrawn_by_an_interrupt_never_enters_the_store()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim, capacity: 1);
        yard.Put("old");
        var withdrawing = sim.Process(Putter("withdrawn"));
        sim.Process(Putter("kept"));
        sim.Process(Controller());

        sim.Run();

        yard.Items.ShouldBe(["kept"]);
        yard.WaitingPuts.ShouldBe(0);

        IEnumerable<Event> Putter(string item)
        {
            yield return yard.Put(item);
            sim.ActiveProcess!.HandleInterrupt(out _);
        }

        IEnumerable<Event> Controller()
        {
            yield return sim.Timeout(1);
            withdrawing.Interrupt();
            yield return sim.Timeout(1);
            var get = yard.Get();
            yield return get;
            get.Item.ShouldBe("old");
        }
    }

    [Fact]
    public void A_filter_get_takes_the_oldest_item_that_matches()
    {
        var sim = new Simulation(1);
        var yard = new FilterStore<int>(sim);
        foreach (var payload in new[] { 3, 8, 5, 12, 9 })
        {
            yard.Put(payload);
        }

        var get = yard.Get(payload => payload >= 6);

        get.Item.ShouldBe(8); // 8 and 12 and 9 match; 8 came first
        yard.Items.ShouldBe([3, 5, 12, 9]);
    }

    [Fact]
    public void A_plain_get_on_a_filter_store_takes_the_oldest_item()
    {
        var sim = new Simulation(1);
        var yard = new FilterStore<int>(sim);
        yard.Put(3);
        yard.Put(8);

        yard.Get().Item.ShouldBe(3);
    }

    [Fact]
    public void A_filter_get_with_no_match_does_not_hold_back_later_gets()
    {
        var sim = new Simulation(1);
        var yard = new FilterStore<int>(sim);
        var received = new List<(string Name, int Item, double Time)>();
        sim.Process(Consumer("wants a big one", payload => payload > 10));
        sim.Process(Consumer("takes any", _ => true));
        sim.Process(Producer());

        sim.Run();

        // At t = 1 the 5 goes to the second get, past the first (which wants more than 10);
        // the 11 at t = 2 goes to the first.
        received.ShouldBe([("takes any", 5, 1.0), ("wants a big one", 11, 2.0)]);

        IEnumerable<Event> Consumer(string name, Func<int, bool> predicate)
        {
            var get = yard.Get(predicate);
            yield return get;
            received.Add((name, get.Item, sim.Now));
        }

        IEnumerable<Event> Producer()
        {
            yield return sim.Timeout(1);
            yield return yard.Put(5);
            yield return sim.Timeout(1);
            yield return yard.Put(11);
        }
    }

    [Fact]
    public void Filter_gets_that_match_the_same_item_are_served_first_come_first_served()
    {
        var sim = new Simulation(1);
        var yard = new FilterStore<int>(sim);
        var early = yard.Get(payload => payload % 2 == 0);
        var late = yard.Get(payload => payload > 0);

        yard.Put(4);

        early.IsTriggered.ShouldBeTrue();
        early.Item.ShouldBe(4);
        late.IsTriggered.ShouldBeFalse();
        yard.WaitingGets.ShouldBe(1);
    }

    [Fact]
    public void A_get_served_at_the_instant_of_an_interrupt_stays_served_and_its_process_has_the_item()
    {
        var sim = new Simulation(1);
        var yard = new Store<string>(sim);
        string? received = null;
        var getter = sim.Process(Getter());
        sim.Process(Controller());

        sim.Run();

        // At t = 1 the put serves the waiting get, and in the same step the getter is
        // interrupted: the kit left the store, and the getter, which kept its get, has it.
        getter.IsOk.ShouldBeTrue();
        yard.Items.ShouldBeEmpty();
        received.ShouldBe("kit");

        IEnumerable<Event> Getter()
        {
            var get = yard.Get();
            yield return get;
            sim.ActiveProcess!.HandleInterrupt(out _).ShouldBeTrue();
            received = get.IsOk ? get.Item : null;
        }

        IEnumerable<Event> Controller()
        {
            yield return sim.Timeout(1);
            yard.Put("kit");
            getter.Interrupt("gave up");
        }
    }
}
