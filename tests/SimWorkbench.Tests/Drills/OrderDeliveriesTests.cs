using SimWorkbench.Drills;
using SimWorkbench.Drills.Orders;

namespace SimWorkbench.Tests.Drills;

/// <summary>Which loads each order delivered, and the order kinds read back from a session's log.</summary>
public sealed class OrderDeliveriesTests : IDisposable
{
    private readonly DrillFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void A_reroute_owns_the_loads_it_redirected_and_the_shipment_keeps_those_already_on_the_road()
    {
        var drill = KindsWorld.Load(files);
        var orders = files.LoadOrders(drill, """
              - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 12000 L }
              - { at: 1h, kind: reroute, order: 1, to: farm }
              - { at: 1h, advance: 1h }
            """);

        var effects = OrderDeliveries.Of(DrillPlay.Play(drill, orders));

        // 12 000 L on the 5 t truck: loads of 5000, 5000, 2000 L. The first left at 0 h and reached
        // town at 2 h; the two still waiting at 1 h went to the farm instead (5.75 h and 9.45 h).
        // The advance ships nothing, so it has no entry.
        effects.Select(e => (e.Result.Order.Number, e.City.Value, e.Commodity.Value)).ShouldBe([(1, "town", "water"), (2, "farm", "water")]);
        effects[0].Deliveries.Select(d => (d.TimeHours, d.Amount.Units)).ShouldBe([(2.0, 5000.0)]);
        effects[1].Deliveries.Select(d => d.Amount.Units).ShouldBe([5000, 2000]);
        effects[1].Deliveries[1].TimeHours.ShouldBe(9.45, tolerance: 1e-9);
    }

    [Fact]
    public void A_logged_session_reads_back_every_kind_of_order_with_what_became_of_it()
    {
        var drill = KindsWorld.Load(files);
        var drillPath = Path.Combine(files.Folder, "kinds-drill.yaml");
        var orders = files.LoadOrders(drill, """
              - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 12000 L }
              - { at: 0h, kind: preposition, from: reserve, to: farm, commodity: water, amount: 1000 L }
              - { at: 1h, kind: reroute, order: 1, to: farm }
              - { at: 1h, kind: procure, depot: reserve, commodity: water, amount: 1000 L, lead_time: 5h, premium: 2 }
              - { at: 1h, kind: mutual_aid, for: 6h }
              - { at: 1h, advance: 2h }
            """);
        var session = DrillPlay.Play(drill, orders);
        var logPath = Path.Combine(files.Folder, "session", "drill-log.jsonl");
        DrillLogFile.Write(logPath, drillPath, DrillLoader.Load(drillPath), orders, session);

        var log = DrillLogFile.Read(logPath).Log.ShouldNotBeNull();

        // Each order comes back as its own kind with its fields, and its result with its loads,
        // the procurement's arrival (1 + 5 = 6 h) and cost, the advance's end (1 + 2 = 3 h).
        log.Orders.ShouldBe(orders);
        log.Orders.Select(o => o.Kind).ShouldBe(["dispatch", "preposition", "reroute", "procure", "mutual_aid", "advance"]);
        log.OrderResults.Select(o => o.Result).ShouldBe(session.Orders);
        log.OrderResults.Select(o => o.Result.Order).OfType<ProcureOrder>().ShouldHaveSingleItem().Premium.ShouldBe(2);
        log.OrderResults.Single(o => o.Result.Order is ProcureOrder).Result.UntilHours.ShouldBe(6);
        log.OrderResults.Single(o => o.Result.Order is AdvanceOrder).Result.UntilHours.ShouldBe(3);
    }
}
