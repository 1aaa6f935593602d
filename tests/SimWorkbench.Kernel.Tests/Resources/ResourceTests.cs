namespace SimWorkbench.Kernel.Tests.Resources;

public sealed class ResourceTests
{
    [Fact]
    public void A_resource_grants_no_more_units_than_its_capacity()
    {
        var sim = new Simulation(1);
        var crews = new Resource(sim, capacity: 2);
        var grantedAt = new Dictionary<string, double>();
        foreach (var name in new[] { "a", "b", "c" })
        {
            sim.Process(User(name));
        }

        sim.Run(until: 1);

        crews.Count.ShouldBe(2);
        crews.QueueLength.ShouldBe(1);
        crews.Capacity.ShouldBe(2);

        sim.Run();

        // a and b at once; c when the first of them finishes its 4 h.
        grantedAt["a"].ShouldBe(0.0);
        grantedAt["b"].ShouldBe(0.0);
        grantedAt["c"].ShouldBe(4.0);
        sim.Now.ShouldBe(8.0); // c's 4 h after 4
        crews.Count.ShouldBe(0);

        IEnumerable<Event> User(string name)
        {
            using var request = crews.Request();
            yield return request;
            grantedAt[name] = sim.Now;
            yield return sim.Timeout(4);
        }
    }

    [Fact]
    public void Requests_are_granted_first_come_first_served()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var grants = new List<(string Name, double Time)>();
        sim.Process(User("holder", requestAt: 0, hold: 10));
        sim.Process(User("a", requestAt: 2, hold: 1));
        sim.Process(User("c", requestAt: 3, hold: 1));
        sim.Process(User("b", requestAt: 1, hold: 1));

        sim.Run();

        // In order of request time (b at 1, a at 2, c at 3), one hour each after the holder's 10.
        grants.ShouldBe([("holder", 0.0), ("b", 10.0), ("a", 11.0), ("c", 12.0)]);

        IEnumerable<Event> User(string name, double requestAt, double hold)
        {
            yield return sim.Timeout(requestAt);
            using var request = bay.Request();
            yield return request;
            grants.Add((name, sim.Now));
            yield return sim.Timeout(hold);
        }
    }

    [Fact]
    public void A_priority_resource_serves_lower_priority_numbers_first_then_first_come()
    {
        var sim = new Simulation(1);
        var bay = new PriorityResource(sim, capacity: 1);
        var grants = new List<(string Name, double Time)>();
        sim.Process(User("holder", requestAt: 0, priority: 9));
        sim.Process(User("x", requestAt: 1, priority: 3));
        sim.Process(User("y", requestAt: 2, priority: 1));
        sim.Process(User("z", requestAt: 3, priority: 2));
        sim.Process(User("w", requestAt: 4, priority: 1));

        sim.Run();

        // When the holder leaves at 10: priority 1 (y before w, first come), then 2 (z), then 3 (x),
        // one hour each.
        grants.ShouldBe([("holder", 0.0), ("y", 10.0), ("w", 11.0), ("z", 12.0), ("x", 13.0)]);

        IEnumerable<Event> User(string name, double requestAt, int priority)
        {
            yield return sim.Timeout(requestAt);
            using var request = bay.Request(priority);
            yield return request;
            grants.Add((name, sim.Now));
            yield return sim.Timeout(name == "holder" ? 10 : 1);
        }
    }

    [Fact]
    public void The_queue_lists_waiting_requests_in_the_order_they_will_be_served()
    {
        var sim = new Simulation(1);
        var bay = new PriorityResource(sim, capacity: 1);

        var holder = bay.Request(5);
        var low = bay.Request(4);
        var high = bay.Request(1);
        var middle = bay.Request(2);
        var highToo = bay.Request(1);

        bay.Users.ShouldBe([holder]);
        bay.Queue.ShouldBe([high, highToo, middle, low]);
        bay.QueueLength.ShouldBe(4);
        low.Priority.ShouldBe(4);
    }

    [Fact]
    public void A_using_block_releases_the_unit_when_the_body_ends()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        Request? first = null;
        var secondGrantedAt = double.NaN;
        sim.Process(First());
        sim.Process(Second());

        sim.Run();

        first.ShouldNotBeNull();
        first.Status.ShouldBe(RequestStatus.Released);
        secondGrantedAt.ShouldBe(3.0);
        bay.Count.ShouldBe(0);

        IEnumerable<Event> First()
        {
            using var request = bay.Request();
            first = request;
            yield return request;
            yield return sim.Timeout(3);
        }

        IEnumerable<Event> Second()
        {
            using var request = bay.Request();
            yield return request;
            secondGrantedAt = sim.Now;
        }
    }

    [Fact]
    public void A_using_block_releases_the_unit_when_the_body_ends_with_Exit()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var secondGrantedAt = double.NaN;
        sim.Process(First());
        sim.Process(Second());

        sim.Run();

        secondGrantedAt.ShouldBe(2.0);

        IEnumerable<Event> First()
        {
            using var request = bay.Request();
            yield return request;
            yield return sim.Timeout(2);
            yield return sim.Exit("done");
        }

        IEnumerable<Event> Second()
        {
            using var request = bay.Request();
            yield return request;
            secondGrantedAt = sim.Now;
        }
    }

    [Fact]
    public void A_using_block_releases_the_unit_when_the_body_throws()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var secondGrantedAt = double.NaN;
        var failing = sim.Process(Failing());
        failing.Defused = true;
        sim.Process(Second());

        sim.Run();

        failing.Error.ShouldBeOfType<InvalidOperationException>();
        secondGrantedAt.ShouldBe(2.0);

        IEnumerable<Event> Failing()
        {
            using var request = bay.Request();
            yield return request;
            yield return sim.Timeout(2);
            throw new InvalidOperationException("dropped the load");
        }

        IEnumerable<Event> Second()
        {
            using var request = bay.Request();
            yield return request;
            secondGrantedAt = sim.Now;
        }
    }

    [Fact]
    public void Release_hands_the_unit_to_the_next_request_at_the_same_instant()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var first = bay.Request();
        var second = bay.Request();
        sim.Run(until: 4);

        bay.Release(first);

        first.Status.ShouldBe(RequestStatus.Released);
        second.Status.ShouldBe(RequestStatus.Granted);
        second.GrantedAt.ShouldBe(4.0);
        bay.Users.ShouldBe([second]);
        bay.QueueLength.ShouldBe(0);
        second.IsProcessed.ShouldBeFalse();
        sim.Step();
        second.IsProcessed.ShouldBeTrue();
        sim.Now.ShouldBe(4.0);
    }

    [Fact]
    public void A_request_records_its_owner_and_when_it_was_made_and_granted()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var blocker = bay.Request(); // made outside a process
        Request? request = null;
        var statusWhileWaiting = (RequestStatus)(-1);
        var grantedWhileWaiting = 0.0;
        var worker = sim.Process(Worker());
        new Timeout(sim, 5).AddCallback(_ =>
        {
            statusWhileWaiting = request!.Status;
            grantedWhileWaiting = request.GrantedAt;
            bay.Release(blocker);
        });

        sim.Run();

        blocker.Owner.ShouldBeNull();
        request.ShouldNotBeNull();
        request.Owner.ShouldBeSameAs(worker);
        request.Resource.ShouldBeSameAs(bay);
        request.RequestedAt.ShouldBe(2.0);
        statusWhileWaiting.ShouldBe(RequestStatus.Waiting);
        double.IsNaN(grantedWhileWaiting).ShouldBeTrue();
        request.GrantedAt.ShouldBe(5.0);
        request.Status.ShouldBe(RequestStatus.Released);

        IEnumerable<Event> Worker()
        {
            yield return sim.Timeout(2);
            using var r = bay.Request();
            request = r;
            yield return r;
            yield return sim.Timeout(1);
        }
    }

    [Fact]
    public void Disposing_a_waiting_request_withdraws_it_from_the_queue()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var holder = bay.Request();
        var leaving = bay.Request();
        var staying = bay.Request();

        leaving.Dispose();

        leaving.Status.ShouldBe(RequestStatus.Released);
        bay.QueueLength.ShouldBe(1);
        bay.Queue.ShouldBe([staying]);

        bay.Release(holder);

        staying.Status.ShouldBe(RequestStatus.Granted);
        leaving.IsTriggered.ShouldBeFalse();
    }

    [Fact]
    public void Disposing_a_released_request_again_does_nothing()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var request = bay.Request();
        bay.Release(request);

        Should.NotThrow(request.Dispose);
        request.Status.ShouldBe(RequestStatus.Released);
        bay.Count.ShouldBe(0);
    }

    [Fact]
    public void Many_requests_withdrawn_while_waiting_leave_the_queue_in_priority_then_arrival_order()
    {
        // 128 waiting requests with priorities 0, 1, 2 in turn; all but every fifth withdrawn, so
        // that most of the queue is dead weight when 10 more arrive. The survivors must still be
        // served by priority, then by order of request.
        var sim = new Simulation(1);
        var bay = new PriorityResource(sim, capacity: 1);
        var holder = bay.Request(priority: -1);
        var kept = new List<(Request Request, int Priority, int Index)>();
        var index = 0;
        for (; index < 128; index++)
        {
            var request = bay.Request(index % 3);
            if (index % 5 == 0)
            {
                kept.Add((request, index % 3, index));
            }
            else
            {
                request.Dispose();
            }
        }

        for (; index < 138; index++)
        {
            kept.Add((bay.Request(index % 3), index % 3, index));
        }

        bay.QueueLength.ShouldBe(kept.Count); // 26 of the first 128 (0, 5, …, 125), then 10
        var served = new List<Request>();
        bay.Release(holder);
        while (bay.Users.Count > 0)
        {
            var user = bay.Users[0];
            served.Add(user);
            bay.Release(user);
        }

        var expected = kept.OrderBy(k => k.Priority).ThenBy(k => k.Index).Select(k => k.Request).ToList();
        served.ShouldBe(expected);
        bay.QueueLength.ShouldBe(0);
    }

    [Fact]
    public void BusyUnitHours_integrates_the_units_in_use_over_time()
    {
        var sim = new Simulation(1);
        var crews = new Resource(sim, capacity: 2);
        sim.Process(User(start: 0, hold: 3)); // busy over [0, 3]
        sim.Process(User(start: 1, hold: 4)); // busy over [1, 5]

        sim.Run(until: 2);
        crews.BusyUnitHours.ShouldBe(3.0, tolerance: 1e-12); // 2 h + 1 h

        sim.Run();
        sim.Now.ShouldBe(5.0);
        crews.BusyUnitHours.ShouldBe(7.0, tolerance: 1e-12); // 3 h + 4 h

        sim.Run(until: 8);
        crews.BusyUnitHours.ShouldBe(7.0, tolerance: 1e-12); // idle since 5

        IEnumerable<Event> User(double start, double hold)
        {
            yield return sim.Timeout(start);
            using var request = crews.Request();
            yield return request;
            yield return sim.Timeout(hold);
        }
    }

    [Fact]
    public void A_request_granted_at_the_instant_of_an_interrupt_stays_granted_until_its_using_block_ends()
    {
        var sim = new Simulation(1);
        var bay = new Resource(sim, capacity: 1);
        var held = bay.Request(); // granted at once, outside any process
        var lateGrantedAt = double.NaN;
        var waiterSawGranted = false;
        var waiter = sim.Process(Waiter());
        sim.Process(Controller());
        sim.Process(Late());

        sim.Run();

        // At t = 1 the unit passes to the waiter's request, and in the same step the waiter is
        // interrupted: the request stays granted (the waiter sees it), and the waiter's using
        // block releases it when the waiter ends, still at t = 1, before the late request at 2.
        waiter.IsOk.ShouldBeTrue();
        waiterSawGranted.ShouldBeTrue();
        lateGrantedAt.ShouldBe(2.0);
        bay.Count.ShouldBe(0);

        IEnumerable<Event> Waiter()
        {
            using var request = bay.Request();
            yield return request;
            sim.ActiveProcess!.HandleInterrupt(out _).ShouldBeTrue();
            waiterSawGranted = request.Status == RequestStatus.Granted;
        }

        IEnumerable<Event> Controller()
        {
            yield return sim.Timeout(1);
            bay.Release(held);
            waiter.Interrupt("gave up");
        }

        IEnumerable<Event> Late()
        {
            yield return sim.Timeout(2);
            using var request = bay.Request();
            yield return request;
            lateGrantedAt = sim.Now;
        }
    }

    [Fact]
    public void A_finished_request_used_again_is_a_new_request_that_queues_in_turn()
    {
        // A dock of one unit: the reuser holds it 0..2, then asks again with the same object at 3,
        // behind a rival that asked at 2.5 and holds it 2.5..4.5; so the reused request waits until 4.5.
        var sim = new Simulation(1);
        var dock = new Resource(sim, capacity: 1);
        var seen = new List<(double Requested, double Granted, RequestStatus Status)>();
        Request? first = null;
        Request? second = null;
        sim.Process(Reuser());
        sim.Process(Rival());
        sim.Run();

        second.ShouldBeSameAs(first);
        seen.ShouldBe([(0.0, 0.0, RequestStatus.Granted), (3.0, 4.5, RequestStatus.Granted)]);
        first!.Status.ShouldBe(RequestStatus.Released);
        dock.Count.ShouldBe(0);

        IEnumerable<Event> Reuser()
        {
            first = dock.Request();
            yield return first;
            seen.Add((first.RequestedAt, first.GrantedAt, first.Status));
            yield return sim.Timeout(2);
            first.Dispose();
            yield return sim.Timeout(1);
            second = dock.Request(first);
            second.IsTriggered.ShouldBeFalse();
            yield return second;
            seen.Add((second.RequestedAt, second.GrantedAt, second.Status));
            second.Dispose();
        }

        IEnumerable<Event> Rival()
        {
            yield return sim.Timeout(2.5);
            using var request = dock.Request();
            yield return request;
            yield return sim.Timeout(2);
        }
    }

    [Fact]
    public void Only_a_request_granted_processed_and_released_can_be_used_again()
    {
        var sim = new Simulation(1);
        var dock = new Resource(sim, capacity: 1);
        var other = new Resource(sim, capacity: 1);
        var holding = dock.Request();
        var waiting = dock.Request();
        Should.Throw<InvalidOperationException>(() => dock.Request(holding)).Message.ShouldContain("not finished");
        Should.Throw<InvalidOperationException>(() => dock.Request(waiting));

        // Released at once, before the clock reached its grant: not processed yet.
        holding.Dispose();
        Should.Throw<InvalidOperationException>(() => dock.Request(holding));

        sim.Run();
        waiting.Dispose();
        Should.Throw<ArgumentException>(() => other.Request(waiting));
        dock.Request(waiting).ShouldBeSameAs(waiting);
        waiting.Status.ShouldBe(RequestStatus.Granted);
        dock.Count.ShouldBe(1);
    }
}
