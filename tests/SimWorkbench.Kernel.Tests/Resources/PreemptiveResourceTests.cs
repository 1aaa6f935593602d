namespace SimWorkbench.Kernel.Tests.Resources;

public sealed class PreemptiveResourceTests
{
    [Fact]
    public void A_higher_priority_preempting_request_interrupts_the_user_with_a_Preempted_cause()
    {
        var sim = new Simulation(1);
        var bay = new PreemptiveResource(sim, capacity: 1);
        Request? lowRequest = null;
        Request? highRequest = null;
        object? cause = null;
        var interruptedAt = double.NaN;
        var highGrantedAt = double.NaN;
        sim.Process(Low());
        var high = sim.Process(High());

        sim.Run();

        var preempted = cause.ShouldBeOfType<Preempted>();
        preempted.By.ShouldBeSameAs(high);
        preempted.ByRequest.ShouldBeSameAs(highRequest);
        preempted.Time.ShouldBe(3.0);
        preempted.UsageSince.ShouldBe(0.0);
        interruptedAt.ShouldBe(3.0);
        highGrantedAt.ShouldBe(3.0);
        lowRequest.ShouldNotBeNull();
        lowRequest.Status.ShouldBe(RequestStatus.Preempted);

        IEnumerable<Event> Low()
        {
            using var request = bay.Request(priority: 5, preempt: false);
            lowRequest = request;
            yield return request;
            yield return sim.Timeout(10);
            if (sim.ActiveProcess!.HandleInterrupt(out cause))
            {
                interruptedAt = sim.Now;
            }
        }

        IEnumerable<Event> High()
        {
            yield return sim.Timeout(3);
            using var request = bay.Request(priority: 1, preempt: true);
            highRequest = request;
            yield return request;
            highGrantedAt = sim.Now;
            yield return sim.Timeout(2);
        }
    }

    [Fact]
    public void The_user_of_lowest_priority_is_the_one_preempted()
    {
        var sim = new Simulation(1);
        var bay = new PreemptiveResource(sim, capacity: 2);
        var preempted = new List<(string Name, Preempted Cause)>();
        sim.Process(User("priority 2", start: 0, priority: 2));
        sim.Process(User("priority 4", start: 1, priority: 4));
        sim.Process(Preemptor(start: 2));

        sim.Run();

        preempted.Count.ShouldBe(1);
        preempted[0].Name.ShouldBe("priority 4");
        preempted[0].Cause.UsageSince.ShouldBe(1.0);
        preempted[0].Cause.Time.ShouldBe(2.0);

        IEnumerable<Event> User(string name, double start, int priority)
        {
            yield return sim.Timeout(start);
            using var request = bay.Request(priority, preempt: false);
            yield return request;
            yield return sim.Timeout(10);
            if (sim.ActiveProcess!.HandleInterrupt(out var cause))
            {
                preempted.Add((name, (Preempted)cause!));
            }
        }

        IEnumerable<Event> Preemptor(double start)
        {
            yield return sim.Timeout(start);
            using var request = bay.Request(priority: 1, preempt: true);
            yield return request;
            yield return sim.Timeout(1);
        }
    }

    [Fact]
    public void Among_users_of_equal_priority_the_latest_is_preempted()
    {
        var sim = new Simulation(1);
        var bay = new PreemptiveResource(sim, capacity: 2);
        var preempted = new List<string>();
        sim.Process(User("earlier", start: 0));
        sim.Process(User("later", start: 1));
        sim.Process(Preemptor());

        sim.Run();

        preempted.ShouldBe(["later"]);

        IEnumerable<Event> User(string name, double start)
        {
            yield return sim.Timeout(start);
            using var request = bay.Request(priority: 3, preempt: false);
            yield return request;
            yield return sim.Timeout(10);
            if (sim.ActiveProcess!.HandleInterrupt(out _))
            {
                preempted.Add(name);
            }
        }

        IEnumerable<Event> Preemptor()
        {
            yield return sim.Timeout(2);
            using var request = bay.Request(priority: 0, preempt: true);
            yield return request;
        }
    }

    [Fact]
    public void A_preempting_request_of_equal_priority_waits_its_turn()
    {
        var sim = new Simulation(1);
        var bay = new PreemptiveResource(sim, capacity: 1);
        var interrupted = false;
        var secondGrantedAt = double.NaN;
        sim.Process(First());
        sim.Process(Second());

        sim.Run();

        interrupted.ShouldBeFalse();
        secondGrantedAt.ShouldBe(6.0); // when the first user's 6 h end

        IEnumerable<Event> First()
        {
            using var request = bay.Request(priority: 2, preempt: false);
            yield return request;
            yield return sim.Timeout(6);
            interrupted = sim.ActiveProcess!.HandleInterrupt(out _);
        }

        IEnumerable<Event> Second()
        {
            yield return sim.Timeout(1);
            using var request = bay.Request(priority: 2, preempt: true);
            yield return request;
            secondGrantedAt = sim.Now;
        }
    }

    [Fact]
    public void A_higher_priority_request_that_does_not_preempt_waits_and_is_served_first()
    {
        var sim = new Simulation(1);
        var bay = new PreemptiveResource(sim, capacity: 1);
        var interrupted = false;
        var grants = new List<(string Name, double Time)>();
        sim.Process(Holder());
        sim.Process(Waiter("low", start: 1, priority: 5));
        sim.Process(Waiter("high", start: 2, priority: 1));

        sim.Run();

        interrupted.ShouldBeFalse();
        grants.ShouldBe([("high", 4.0), ("low", 5.0)]);

        IEnumerable<Event> Holder()
        {
            using var request = bay.Request(priority: 3, preempt: false);
            yield return request;
            yield return sim.Timeout(4);
            interrupted = sim.ActiveProcess!.HandleInterrupt(out _);
        }

        IEnumerable<Event> Waiter(string name, double start, int priority)
        {
            yield return sim.Timeout(start);
            using var request = bay.Request(priority, preempt: false);
            yield return request;
            grants.Add((name, sim.Now));
            yield return sim.Timeout(1);
        }
    }

    [Fact]
    public void A_preempted_user_can_request_again_and_finish_its_remaining_work()
    {
        var sim = new Simulation(1);
        var bay = new PreemptiveResource(sim, capacity: 1);
        var finishedAt = double.NaN;
        sim.Process(Low());
        sim.Process(High());

        sim.Run();

        // Low works 0–3 (3 of its 10 h), is preempted, waits while high works 3–5, and does its
        // remaining 7 h from 5: it finishes at 12. The unit is busy the whole time: 12 unit-hours.
        finishedAt.ShouldBe(12.0);
        bay.BusyUnitHours.ShouldBe(12.0, tolerance: 1e-12);
        bay.Count.ShouldBe(0);

        IEnumerable<Event> Low()
        {
            var remaining = 10.0;
            while (remaining > 0)
            {
                using var request = bay.Request(priority: 5, preempt: false);
                yield return request;
                var start = sim.Now;
                yield return sim.Timeout(remaining);
                remaining -= sim.Now - start;
                sim.ActiveProcess!.HandleInterrupt(out _);
            }

            finishedAt = sim.Now;
        }

        IEnumerable<Event> High()
        {
            yield return sim.Timeout(3);
            using var request = bay.Request(priority: 1, preempt: true);
            yield return request;
            yield return sim.Timeout(2);
        }
    }

    [Fact]
    public void Releasing_a_preempted_request_does_nothing()
    {
        var sim = new Simulation(1);
        var bay = new PreemptiveResource(sim, capacity: 1);
        var victim = bay.Request(priority: 5, preempt: false);
        var taker = bay.Request(priority: 1, preempt: true);

        victim.Status.ShouldBe(RequestStatus.Preempted);
        Should.NotThrow(() => bay.Release(victim));
        Should.NotThrow(victim.Dispose);

        bay.Users.ShouldBe([taker]);
        taker.Status.ShouldBe(RequestStatus.Granted);
    }
}
