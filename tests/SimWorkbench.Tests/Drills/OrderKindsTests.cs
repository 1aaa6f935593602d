using SimWorkbench.Drills;
using SimWorkbench.Drills.Orders;

namespace SimWorkbench.Tests.Drills;

/// <summary>The order kinds beyond dispatch: each one's effect worked out by hand, and each refusal reason.</summary>
public sealed class OrderKindsTests : IDisposable
{
    private readonly DrillFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Procured_goods_arrive_after_the_lead_time_count_as_procured_and_cost_the_premium()
    {
        var drill = KindsWorld.Load(files);
        var live = LiveDrill.Begin(drill);
        live.RunUntil(1);

        var result = live.Issue(Order(drill, "procure reserve water 1000 L lead 5h premium 2"));

        // Given at 1 h with a 5 h lead time: in at 6 h. Cost 1000 L × 0.5 USD/L × 2 = 1000 USD.
        result.Accepted.ShouldBeTrue(result.Refusal);
        result.UntilHours.ShouldBe(6);
        result.Cost.ShouldBe(1000);
        Reserve(live.RunUntil(5.9)).ShouldBe(50000);
        Reserve(live.RunUntil(6)).ShouldBe(51000);
        var session = live.Finish();

        // The ledger (checked for balance when the run ends) counts the 1000 L as procured; the
        // procurement cost is 1000 L × 0.5 USD/L at the listed price + 1000 × 0.5 × (2 − 1) premium.
        session.Outcome.Ledger[0].Procured.ShouldBe(1000);
        session.Metrics.Costs.Procurement.ShouldBe(1000);
    }

    [Fact]
    public void Procurement_without_a_lead_time_takes_the_depots_replenishment_lead_time()
    {
        var drill = KindsWorld.Load(files);
        var live = LiveDrill.Begin(drill);

        live.Issue(Order(drill, "procure reserve water 1000 L")).UntilHours.ShouldBe(10);
    }

    [Fact]
    public void Procurement_is_refused_without_a_supplier_without_capacity_or_without_room()
    {
        var drill = KindsWorld.Load(files);
        var orders = files.LoadOrders(drill, """
              - { at: 0h, kind: procure, depot: local-town, commodity: water, amount: 10 L }
              - { at: 0h, kind: procure, depot: shed, commodity: water, amount: 10 L, lead_time: 1h }
              - { at: 0h, kind: procure, depot: reserve, commodity: water, amount: 50001 L }
              - { at: 0h, kind: procure, depot: reserve, commodity: water, amount: 30000 L }
              - { at: 0h, kind: procure, depot: reserve, commodity: water, amount: 30000 L }
            """);

        var session = DrillPlay.Play(drill, orders);

        // The reserve has 100 000 − 50 000 = 50 000 L of room; after 30 000 L are ordered, 20 000 L.
        Reasons(session).ShouldBe(["no-supplier", "no-capacity", "no-room", null, "no-room"]);
        session.Orders[2].Refusal!.ShouldContain("room for 50000 L");
        session.Orders[4].Refusal!.ShouldContain("room for 20000 L");
        session.Outcome.Ledger[0].Procured.ShouldBe(30000);
    }

    [Fact]
    public void Mutual_aid_sends_the_neighbours_surplus_while_it_is_in_force_and_stops_after()
    {
        var drill = KindsWorld.Load(files);
        var orders = files.LoadOrders(drill, "  - { at: 0h, kind: mutual_aid, for: 12h }\n");

        var session = DrillPlay.Play(drill, orders);
        var idle = DrillPlay.Play(drill, []);

        // Aid runs at the allocations that start before 12 h after the order: only the one at 6 h
        // (the one at 0 h came before the order). Then the farm (no stock, need 1000 L/h) is below
        // its 12 h of cover and asks for 12 h × 1000 L/h = 12 000 L; the town holds about
        // 60 000 − 6 × 1000 = 54 000 L, a surplus of 54 000 − 24 000 (1 d of cover) = 30 000 L, and
        // gives at most half, 15 000 L: enough. By 12 h the aid has ended, so 12 000 L is all.
        session.Orders.ShouldHaveSingleItem().UntilHours.ShouldBe(12);
        session.Outcome.Deliveries.Where(d => d.City.Value == "farm").Sum(d => d.Amount.Units).ShouldBe(12000);
        session.Outcome.Deliveries.ShouldAllBe(d => d.TimeHours > 6);
        idle.Outcome.Deliveries.ShouldBeEmpty();
    }

    [Fact]
    public void Mutual_aid_is_refused_without_an_agreement_or_without_a_local_fleet()
    {
        var central = files.LoadDrill();
        var noVans = KindsWorld.Load(files, KindsWorld.Drill("no-vans"));
        var aid = "  - { at: 0h, kind: mutual_aid, for: 12h }\n";

        Reasons(DrillPlay.Play(central, files.LoadOrders(central, aid))).ShouldBe(["no-agreement"]);
        Reasons(DrillPlay.Play(noVans, files.LoadOrders(noVans, aid))).ShouldBe(["no-local-fleet"]);
    }

    [Fact]
    public void Rerouted_loads_still_at_the_depot_go_to_the_new_city_and_those_on_the_road_keep_their_way()
    {
        var drill = KindsWorld.Load(files);
        var orders = files.LoadOrders(drill, """
              - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 12000 L }
              - { at: 1h, kind: reroute, order: 1, to: farm }
            """);

        var session = DrillPlay.Play(drill, orders);

        // 12 000 L on the 5 t truck: loads of 5000, 5000, 2000 L. The first left at 0 h (loaded
        // 0.5 h, road 1.5 h: in town at 2 h) and keeps its way; the two waiting are rerouted. The
        // truck is back at 3.5 h, loads 0.5 h, drives 1.5 + 0.25 h: the farm at 5.75 h; back at
        // 5.75 + 1.75 = 7.5 h, loads 2 t in 0.2 h, the farm again at 7.7 + 1.75 = 9.45 h.
        session.Orders[1].Loads.ShouldBe(2);
        var town = session.Outcome.Deliveries.Where(d => d.City.Value == "town").ToList();
        var farm = session.Outcome.Deliveries.Where(d => d.City.Value == "farm").ToList();
        town.Select(d => d.Amount.Units).ShouldBe([5000]);
        town[0].TimeHours.ShouldBe(2, tolerance: 1e-9);
        farm.Select(d => d.Amount.Units).ShouldBe([5000, 2000]);
        farm[0].TimeHours.ShouldBe(5.75, tolerance: 1e-9);
        farm[1].TimeHours.ShouldBe(9.45, tolerance: 1e-9);
    }

    [Fact]
    public void Reroute_is_refused_for_no_order_not_waiting_same_city_own_stock_and_no_route()
    {
        var drill = KindsWorld.Load(files);
        var kinds = DrillPlay.Play(drill, files.LoadOrders(drill, """
              - { at: 0h, kind: procure, depot: reserve, commodity: water, amount: 10 L }
              - { at: 0h, kind: reroute, order: 1, to: farm }
              - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 5000 L }
              - { at: 1h, kind: reroute, order: 3, to: farm }
              - { at: 1h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 12000 L }
              - { at: 1h, kind: reroute, order: 5, to: town }
              - { at: 1h, kind: dispatch, from: local-town, to: farm, commodity: water, amount: 6000 L }
              - { at: 1h, kind: reroute, order: 7, to: town }
            """));
        var world = files.LoadDrill();
        var flooded = DrillPlay.Play(world, files.LoadOrders(world, """
              - { at: 2.5h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 12 t }
              - { at: 3h, kind: reroute, order: 1, to: farm }
            """));

        Reasons(kinds).ShouldBe([null, "no-order", null, "not-waiting", null, "same-city", null, "own-stock"]);

        // The flood forced at 2 h closes the lane to the farm for its 2 d repair.
        Reasons(flooded).ShouldBe([null, "no-route"]);
    }

    [Fact]
    public void Preposition_fills_a_citys_room_before_the_first_strike_and_is_refused_beyond_it_or_after()
    {
        var drill = files.LoadDrill();
        var orders = files.LoadOrders(drill, """
              - { at: 0h, kind: preposition, from: reserve, to: town, commodity: water, amount: 1000 L }
              - { at: 0h, kind: preposition, from: reserve, to: town, commodity: water, amount: 600 L }
              - { at: 3h, kind: preposition, from: reserve, to: town, commodity: water, amount: 10 L }
              - { at: 0h, kind: preposition, from: spare, to: town, commodity: water, amount: 10 L }
            """);

        var session = DrillPlay.Play(drill, orders);

        // The town's own stock has room for 1500 L and holds none; 1000 L are promised, 500 L are
        // left. The flood forced at 2 h is the first strike. A pre-position is a dispatch too: the
        // spare depot has no vehicles. Loading 1 t takes 0.1 h, the road 1.5 h: in town at 1.6 h.
        Reasons(session).ShouldBe([null, "no-room", "too-late", "no-fleet"]);
        session.Orders.Single(o => o.Order.Number == 2).Refusal!.ShouldContain("room for 500 L");
        session.Orders.Single(o => o.Order.Number == 3).Refusal!.ShouldContain("hazard 'lane-flood' struck at 2 h");
        session.Outcome.Deliveries.ShouldHaveSingleItem().TimeHours.ShouldBe(1.6, tolerance: 1e-9);
    }

    [Fact]
    public void Advance_in_an_order_file_times_the_orders_after_it_and_is_logged_with_where_it_ran_to()
    {
        var drill = files.LoadDrill();
        var orders = files.LoadOrders(drill, """
              - { advance: 1h }
              - { kind: dispatch, from: reserve, to: town, commodity: water, amount: 10 L }
              - { advance: next }
              - { kind: dispatch, from: reserve, to: town, commodity: water, amount: 10 L }
            """);

        // From 1 h the next timed inject is I2 at 2 h.
        orders.Select(o => (o.Kind, o.At.Hours)).ShouldBe([("advance", 0), ("dispatch", 1), ("advance", 1), ("dispatch", 2)]);
        var session = DrillPlay.Play(drill, orders);
        session.Orders.Where(o => o.Order is AdvanceOrder).Select(o => o.UntilHours).ShouldBe([1, 2]);
        session.Log.ShouldContain(l => l.Contains("\"kind\":\"advance\"") && l.Contains("\"until\":2"));
    }

    [Fact]
    public void An_advance_stops_at_a_decision_point_on_the_way()
    {
        var drill = files.LoadDrill();
        var live = LiveDrill.Begin(drill);

        // The decision point I3 is at 4 h.
        live.Issue(Order(drill, "advance 3h")).UntilHours.ShouldBe(3);
        live.NowHours.ShouldBe(3);
        live.Issue(Order(drill, "advance 10h")).UntilHours.ShouldBe(4);
        live.NowHours.ShouldBe(4);
    }

    [Fact]
    public void Typed_order_lines_are_checked_like_an_order_files_entries()
    {
        var drill = files.LoadDrill();

        DrillLoader.ReadOrderLine("dispatch reserve town water 1 t", drill, 1).Order.ShouldBeOfType<DispatchOrder>().Amount.Units.ShouldBe(1000);
        DrillLoader.ReadOrderLine("{ kind: dispatch, from: reserve, to: town, commodity: water, amount: 1 t }", drill, 1).IsValid.ShouldBeTrue();
        DrillLoader.ReadOrderLine("procure reserve water 5 t lead 12h premium 1.5", drill, 1).Order.ShouldBe(
            new ProcureOrder(1, new(0), new("reserve"), new("water"), new(5000), new(12), 1.5));
        DrillLoader.ReadOrderLine("dispatch reserv town water 1 t", drill, 1).Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("did you mean 'reserve'");
        DrillLoader.ReadOrderLine("reroute 2 town", drill, 2).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(SimWorkbench.Scenarios.Diagnostics.DiagnosticCodes.OutOfRange);
        DrillLoader.ReadOrderLine("dispatch reserve town", drill, 1).Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("incomplete");
        DrillLoader.ReadOrderLine("airlift reserve", drill, 1).Diagnostics.ShouldContain(d => d.Code == SimWorkbench.Scenarios.Diagnostics.DiagnosticCodes.UnknownOption);
    }

    private static DrillOrder Order(Drill drill, string line) => DrillLoader.ReadOrderLine(line, drill, 1).Order.ShouldNotBeNull();

    private static double Reserve(SimWorkbench.Drills.Situation.DrillSituation situation) => situation.Depots.Single(d => d.Depot.Value == "reserve").Units;

    private static List<string?> Reasons(DrillSession session) => [.. session.Orders.OrderBy(o => o.Order.Number).Select(o => o.Refusal?.Split(':')[0])];
}
