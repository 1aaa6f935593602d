using SimWorkbench.Drills;

namespace SimWorkbench.Tests.Drills;

public sealed class DrillPlayTests : IDisposable
{
    private readonly DrillFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void A_scripted_drill_plays_orders_fires_injects_assesses_expectations_and_logs_them_in_time_order()
    {
        var drill = files.LoadDrill();
        var orders = files.LoadOrders(drill, "  - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 1000 L }\n");

        var session = DrillPlay.Play(drill, orders);

        // Loading 1 t at 10 t/h takes 0.1 h, the road 1.5 h: the water is unloaded at 1.6 h.
        session.Orders.ShouldHaveSingleItem().Loads.ShouldBe(1);
        session.Outcome.Deliveries.ShouldHaveSingleItem().TimeHours.ShouldBe(1.6, tolerance: 1e-9);
        var town = session.Assessments.Single(a => a.Action.Id == "water-town");
        town.MetAtHours.ShouldNotBeNull().ShouldBe(1.6, tolerance: 1e-9);
        town.DeadlineHours.ShouldBe(2);

        // Nothing was sent to the farm: missed at its 1 h limit, which fires the contingency C1 then.
        var farm = session.Assessments.Single(a => a.Action.Id == "water-farm");
        farm.Met.ShouldBeFalse();
        farm.Assessed.ShouldBeTrue();
        session.FiredInjects.ShouldBe(["I1", "C1", "I2", "I3"]);

        // The forced hazard strikes at its inject's time (2 h), not its scenario onset (1 d), through the hazard strikes.
        var flood = session.Outcome.Hazards.ShouldHaveSingleItem();
        flood.Id.Value.ShouldBe("lane-flood");
        flood.OnsetHours.ShouldBe(2);

        session.Log.Select(Type).ShouldBe(["inject", "order", "expectation", "inject", "delivery", "inject", "expectation", "hazard", "inject", "summary"]);
        session.Log[2].ShouldContain("\"t\":1,");
        session.Log[2].ShouldContain("\"result\":\"missed\"");
    }

    [Fact]
    public void An_order_after_a_forced_hazard_closed_the_way_is_refused_for_want_of_a_route()
    {
        var drill = files.LoadDrill();
        var orders = files.LoadOrders(drill, "  - { at: 3h, kind: dispatch, from: reserve, to: farm, commodity: water, amount: 1000 L }\n");

        var session = DrillPlay.Play(drill, orders);

        // The flood at 2 h closes the lane for its 2 d repair: at 3 h no road reaches the farm.
        session.Orders.ShouldHaveSingleItem().Refusal.ShouldNotBeNull().ShouldStartWith("no-route:");
    }

    [Fact]
    public void Every_kind_of_invalid_order_is_refused_with_its_reason_and_changes_nothing()
    {
        var drill = files.LoadDrill();
        var orders = files.LoadOrders(drill, """
              - { at: 0h, kind: dispatch, from: spare, to: town, commodity: water, amount: 10 L }
              - { at: 0h, kind: dispatch, from: local-town, to: town, commodity: water, amount: 10 L }
              - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 100001 L }
              - { at: 0h, kind: dispatch, from: reserve, to: island, commodity: water, amount: 10 L }
            """);

        var session = DrillPlay.Play(drill, orders);
        var idle = DrillPlay.Play(drill, []);

        session.Orders.Select(o => o.Refusal!.Split(':')[0]).ShouldBe(["no-fleet", "own-stock", "short", "no-route"]);
        session.Orders[0].Refusal!.ShouldContain("no vehicles at depot 'spare'");
        session.Orders[1].Refusal!.ShouldContain("town's own stock");
        session.Orders[2].Refusal!.ShouldContain("holds 100000 L of water at 0 h, less than the 100001 L ordered");
        session.Orders[3].Refusal!.ShouldContain("no open road route from depot 'reserve' to island");
        session.Orders.ShouldAllBe(o => o.Loads == 0);
        session.Outcome.Deliveries.ShouldBeEmpty();
        session.Outcome.VehicleKilometres.ShouldBe(0);
        session.Outcome.Ledger.ShouldBe(idle.Outcome.Ledger);
        session.Metrics.Overall[0].UnmetUnits.ShouldBe(idle.Metrics.Overall[0].UnmetUnits);
    }

    [Fact]
    public void An_order_larger_than_a_vehicle_goes_in_full_loads_and_a_last_partial_one()
    {
        var drill = files.LoadDrill();
        var orders = files.LoadOrders(drill, "  - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 12 t }\n");

        var session = DrillPlay.Play(drill, orders);

        // 12 t on a 5 t truck: 5 + 5 + 2, three loads.
        session.Orders.ShouldHaveSingleItem().Loads.ShouldBe(3);
    }

    [Fact]
    public void The_trainees_play_the_same_random_streams_as_a_run_of_their_strategy()
    {
        var drill = files.LoadDrill();

        var session = DrillPlay.Play(drill, []);

        session.Outcome.Seed.ShouldBe(Kernel.RandomStream.DeriveSeed(drill.Scenario.Seed, "replication/0"));
    }

    [Fact]
    public void The_after_action_review_sets_the_trainees_beside_no_orders_and_each_automatic_strategy()
    {
        var drill = files.LoadDrill();
        var orders = files.LoadOrders(drill, "  - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 1000 L }\n");
        var session = DrillPlay.Play(drill, orders);

        var review = AfterActionReview.Of(drill, session);

        review.Rows.Select(r => r.Label).ShouldBe(["trainees", "no orders", "automatic: central"]);
        review.Rows[0].ExpectationsMet.ShouldBe(1);

        // Against "no orders" the trainees are never behind: their 1000 L only reduce unmet need,
        // so no window opens a gap, and over the drill they leave less unmet.
        review.Gaps.ShouldNotContain(g => g.Against == "no orders");
        (session.Metrics.Overall[0].UnmetUnits - review.Rows[1].Metrics.Overall[0].UnmetUnits).ShouldBeLessThan(0);
        review.MetricsCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1 + 3);
    }

    private static string Type(string line) => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("type").GetString()!;
}
