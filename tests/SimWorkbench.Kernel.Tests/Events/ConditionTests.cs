namespace SimWorkbench.Kernel.Tests.Events;

public sealed class ConditionTests
{
    [Fact]
    public void AllOf_succeeds_when_the_last_of_its_events_has_succeeded()
    {
        var sim = new Simulation(1);
        var a = new Timeout(sim, 1, "a");
        var b = new Timeout(sim, 3, "b");
        var c = new Timeout(sim, 2, "c");
        var all = sim.AllOf(a, b, c);

        sim.Run(all);

        sim.Now.ShouldBe(3.0); // the latest of 1, 3 and 2
        all.IsOk.ShouldBeTrue();
        all.NeedsAll.ShouldBeTrue();
        var value = all.Value.ShouldBeOfType<ConditionValue>();
        value.Count.ShouldBe(3);
        value.Keys.ShouldBe([a, b, c]); // in the order the condition lists them, not the order they fired
        value.Values.ShouldBe(["a", "b", "c"]);
        value[b].ShouldBe("b");
    }

    [Fact]
    public void AnyOf_succeeds_with_the_first_event_and_carries_only_that_one()
    {
        var sim = new Simulation(1);
        var slow = new Timeout(sim, 4, "slow");
        var fast = new Timeout(sim, 2, "fast");
        var any = sim.AnyOf(slow, fast);

        sim.Run(any);

        sim.Now.ShouldBe(2.0);
        any.NeedsAll.ShouldBeFalse();
        var value = any.Value.ShouldBeOfType<ConditionValue>();
        value.Count.ShouldBe(1);
        value[fast].ShouldBe("fast");
        value.ContainsKey(slow).ShouldBeFalse();
        value.TryGetValue(slow, out _).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => value[slow]);
    }

    [Fact]
    public void The_and_operator_is_an_AllOf_of_both_events()
    {
        var sim = new Simulation(1);
        var a = new Timeout(sim, 5, 1);
        var b = new Timeout(sim, 2, 2);

        var both = a & b;

        both.NeedsAll.ShouldBeTrue();
        both.Events.ShouldBe([a, b]);
        sim.Run(both);
        sim.Now.ShouldBe(5.0);
        both.Value.ShouldBeOfType<ConditionValue>().Values.ShouldBe([1, 2]);
    }

    [Fact]
    public void The_or_operator_is_an_AnyOf_of_both_events()
    {
        var sim = new Simulation(1);
        var a = new Timeout(sim, 5, 1);
        var b = new Timeout(sim, 2, 2);

        var either = a | b;

        either.NeedsAll.ShouldBeFalse();
        either.Events.ShouldBe([a, b]);
        sim.Run(either);
        sim.Now.ShouldBe(2.0);
        either.Value.ShouldBeOfType<ConditionValue>().Keys.ShouldBe([b]);
    }

    [Fact]
    public void Nested_conditions_report_their_leaf_events_as_one_flat_value()
    {
        var sim = new Simulation(1);
        var a = new Timeout(sim, 1, "a");
        var b = new Timeout(sim, 2, "b");
        var c = new Timeout(sim, 3, "c");

        var all = a & b & c; // AllOf(AllOf(a, b), c)
        sim.Run(all);

        var value = all.Value.ShouldBeOfType<ConditionValue>();
        value.Keys.ShouldBe([a, b, c]);
        value.Values.ShouldBe(["a", "b", "c"]);
        value.Keys.ShouldNotContain(k => k is Condition);
    }

    [Fact]
    public void A_nested_condition_contributes_only_the_events_that_had_fired()
    {
        var sim = new Simulation(1);
        var a = new Timeout(sim, 1, "a");
        var b = new Timeout(sim, 5, "b");
        var c = new Timeout(sim, 2, "c");

        var condition = (a | b) & c; // fires at t = 2: a (t = 1) and c (t = 2) have fired, b (t = 5) has not
        sim.Run(condition);

        sim.Now.ShouldBe(2.0);
        var value = condition.Value.ShouldBeOfType<ConditionValue>();
        value.Keys.ShouldBe([a, c]);
        value.ContainsKey(b).ShouldBeFalse();
    }

    [Fact]
    public void A_condition_value_enumerates_the_fired_events_with_their_values_in_order()
    {
        var sim = new Simulation(1);
        var a = new Timeout(sim, 2, "a");
        var b = new Timeout(sim, 1, "b");
        var all = sim.AllOf(a, b);

        sim.Run(all);

        var pairs = all.Value.ShouldBeOfType<ConditionValue>().ToList();
        pairs.Count.ShouldBe(2);
        pairs[0].Key.ShouldBeSameAs(a);
        pairs[0].Value.ShouldBe("a");
        pairs[1].Key.ShouldBeSameAs(b);
        pairs[1].Value.ShouldBe("b");
    }

    [Fact]
    public void A_process_that_yields_a_condition_receives_its_value()
    {
        var sim = new Simulation(1);
        ConditionValue? received = null;
        var receivedAt = double.NaN;
        var truck = sim.Event();
        var crew = sim.Event();
        new Timeout(sim, 3).AddCallback(_ => truck.Succeed("truck 7"));
        new Timeout(sim, 4).AddCallback(_ => crew.Succeed("crew B"));
        sim.Process(Dispatcher());

        sim.Run();

        receivedAt.ShouldBe(4.0);
        received.ShouldNotBeNull();
        received[truck].ShouldBe("truck 7");
        received[crew].ShouldBe("crew B");

        IEnumerable<Event> Dispatcher()
        {
            var both = truck & crew;
            yield return both;
            received = (ConditionValue?)both.Value;
            receivedAt = sim.Now;
        }
    }

    [Fact]
    public void A_failing_event_fails_an_AllOf_at_once_with_the_same_error()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("road closed");
        var ok = new Timeout(sim, 1);
        var bad = sim.Event();
        var late = new Timeout(sim, 10);
        new Timeout(sim, 2).AddCallback(_ => bad.Fail(failure));
        var all = sim.AllOf(ok, bad, late);
        Exception? seen = null;
        var seenAt = double.NaN;
        sim.Process(Waiter());

        Should.NotThrow(() => sim.Run()); // the waiter handles the failure

        seen.ShouldBeSameAs(failure);
        seenAt.ShouldBe(2.0); // when bad failed, without waiting for late at t = 10
        all.IsOk.ShouldBeFalse();
        all.Error.ShouldBeSameAs(failure);

        IEnumerable<Event> Waiter()
        {
            yield return all;
            if (sim.ActiveProcess!.HandleFailure(out var error))
            {
                seen = error;
                seenAt = sim.Now;
            }
        }
    }

    [Fact]
    public void A_failing_event_fails_an_AnyOf_that_has_not_yet_fired()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("radio dead");
        var bad = sim.Event();
        var slow = new Timeout(sim, 10);
        new Timeout(sim, 1).AddCallback(_ => bad.Fail(failure));
        var any = sim.AnyOf(slow, bad);

        var error = Should.Throw<EventFailedException>(() => sim.Run(any));

        error.InnerException.ShouldBeSameAs(failure);
        any.Error.ShouldBeSameAs(failure);
        sim.Now.ShouldBe(1.0);
    }

    [Fact]
    public void An_empty_AllOf_succeeds_at_once()
    {
        var sim = new Simulation(1);
        sim.Run(until: 2);

        var all = sim.AllOf();

        all.IsTriggered.ShouldBeTrue();
        all.IsOk.ShouldBeTrue();
        all.Value.ShouldBeOfType<ConditionValue>().Count.ShouldBe(0);
        sim.Step().ShouldBeTrue();
        all.IsProcessed.ShouldBeTrue();
        sim.Now.ShouldBe(2.0);
    }

    [Fact]
    public void An_empty_AnyOf_succeeds_at_once()
    {
        var sim = new Simulation(1);

        var any = sim.AnyOf();

        any.IsTriggered.ShouldBeTrue();
        any.IsOk.ShouldBeTrue();
        any.Value.ShouldBeOfType<ConditionValue>().Count.ShouldBe(0);
    }

    [Fact]
    public void A_condition_counts_events_already_processed_when_it_is_made()
    {
        var sim = new Simulation(1);
        var a = new Timeout(sim, 1, "a");
        var b = new Timeout(sim, 3, "b");
        sim.Run(until: 2); // a is processed, b is not

        var all = sim.AllOf(a, b);

        all.IsTriggered.ShouldBeFalse();
        sim.Run(all);
        sim.Now.ShouldBe(3.0);
        all.Value.ShouldBeOfType<ConditionValue>().Keys.ShouldBe([a, b]);
    }

    [Fact]
    public void A_condition_over_events_all_already_processed_succeeds_at_once()
    {
        var sim = new Simulation(1);
        var a = new Timeout(sim, 1, "a");
        var b = new Timeout(sim, 2, "b");
        sim.Run();

        var all = sim.AllOf(a, b);

        all.IsTriggered.ShouldBeTrue();
        all.Value.ShouldBeOfType<ConditionValue>().Values.ShouldBe(["a", "b"]);
    }

    [Fact]
    public void A_failure_after_an_AnyOf_has_fired_is_not_hidden_by_it()
    {
        var sim = new Simulation(1);
        var failure = new InvalidOperationException("nobody waits for this any more");
        var fast = new Timeout(sim, 1);
        var later = sim.Event();
        _ = sim.AnyOf(fast, later);
        new Timeout(sim, 2).AddCallback(_ => later.Fail(failure));

        Should.Throw<EventFailedException>(() => sim.Run()).InnerException.ShouldBeSameAs(failure);
    }

    [Fact]
    public void A_condition_made_on_an_already_processed_event_does_not_hide_a_later_failure_of_its_other_events()
    {
        var sim = new Simulation(1);
        var done = sim.Event();
        done.Succeed();
        sim.Run();
        var later = sim.Event();
        var any = sim.AnyOf(done, later); // fires at once: done has already happened
        any.IsTriggered.ShouldBeTrue();

        // The condition has fired and nothing waits on later, so its failure must stop the run,
        // as it does when the condition fires during the run (the test above).
        var failure = new InvalidOperationException("failed after the condition fired");
        later.Fail(failure);

        Should.Throw<EventFailedException>(() => sim.Run()).InnerException.ShouldBeSameAs(failure);
    }
}
