using SimWorkbench.Commodities;
using SimWorkbench.Drills.Orders;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Reading;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Drills.Reading;

/// <summary>
/// Reads a trainees' order file (<c>orders:</c>, a list of orders: <c>{ at, kind, … }</c> with the
/// keys of each kind, or <c>{ advance: 6h | next }</c>). An order without <c>at</c> is given when the
/// one before it was, or where the advance before it ran to. Names and amounts are checked against
/// the drill's scenario here; whether an order can be carried out is checked when its time comes in play.
/// </summary>
internal static class OrderReader
{
    private static readonly IReadOnlyDictionary<string, bool> Kinds = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["dispatch"] = true,
        ["preposition"] = true,
        ["procure"] = true,
        ["mutual_aid"] = true,
        ["reroute"] = true,
    };

    public static List<DrillOrder>? Read(YamlMap root, Drill drill, DiagnosticBag bag)
    {
        var context = new ReadContext(bag);
        var top = new MapReader(context, root, "the order file");
        var nodes = context.List(top.Required("orders"), top.Of("orders"));
        top.Finish();
        var orders = new List<DrillOrder>();
        var clock = 0.0;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (context.Map(nodes[i], $"order #{i + 1}") is { } item && ReadOrder(item, i + 1, drill, clock) is { } order)
            {
                orders.Add(order);
                clock = order is AdvanceOrder advance ? Target(drill, advance) : order.At.Hours;
            }
        }

        return bag.HasErrors ? null : orders;
    }

    /// <summary>Reads one order; <paramref name="clock"/> is its time when it has no <c>at</c>.</summary>
    public static DrillOrder? ReadOrder(MapReader item, int number, Drill drill, double clock)
    {
        var context = item.Context;
        var atNode = item.Optional("at");
        var at = atNode is null ? new Duration(clock) : context.Duration(atNode, item.Of("at"), allowZero: true);
        var order = item.Map.Entry("advance") is not null ? ReadAdvance(item, number, at) : ReadKind(item, number, drill, at);
        item.Finish();
        if (at is { } time && time.Hours >= drill.End.Hours)
        {
            var where = atNode?.Location ?? item.Map.Location;
            context.Bag.Error(DrillDiagnosticCodes.AfterDrillEnd, where, $"{(atNode is null ? $"{item.What} comes" : item.Of("at") + " is")} at {time.Hours:G} h, at or after the drill's end ({drill.End.Hours:G} h).");
            return null;
        }

        return order;
    }

    /// <summary>Where an advance in a file runs to: by its time, or to the next timed inject (the drill's end when none is left).</summary>
    private static double Target(Drill drill, AdvanceOrder advance)
    {
        var from = advance.At.Hours;
        if (advance.By is { } by)
        {
            return from + by.Hours;
        }

        var next = drill.Injects.Where(i => i.At is { } t && t.Hours > from).Select(i => i.At!.Value.Hours).DefaultIfEmpty(drill.End.Hours).Min();
        return Math.Min(next, drill.End.Hours);
    }

    private static AdvanceOrder? ReadAdvance(MapReader item, int number, Duration? at)
    {
        var node = item.Required("advance");
        if (node is YamlScalar { Value: "next" })
        {
            return at is null ? null : new AdvanceOrder(number, at.Value, By: null);
        }

        var by = item.Context.Duration(node, item.Of("advance") + " (a time like 6h, or next)");
        return at is null || by is null ? null : new AdvanceOrder(number, at.Value, by);
    }

    private static DrillOrder? ReadKind(MapReader item, int number, Drill drill, Duration? at)
    {
        var context = item.Context;
        var kindNode = item.Required("kind");
        var kind = context.Option(kindNode, item.Of("kind"), Kinds) is null ? null : ((YamlScalar)kindNode!).Value;
        return kind switch
        {
            "dispatch" or "preposition" => ReadShipment(item, number, drill, at, kind),
            "procure" => ReadProcurement(item, number, drill, at),
            "mutual_aid" => context.Duration(item.Required("for"), item.Of("for")) is { } period && at is { } t ? new MutualAidOrder(number, t, period) : null,
            "reroute" => ReadReroute(item, number, drill, at),

            // An unknown kind: its keys are still checked as a dispatch's, so every error shows at once.
            _ => ReadShipment(item, number, drill, null, "dispatch"),
        };
    }

    private static DrillOrder? ReadShipment(MapReader item, int number, Drill drill, Duration? at, string kind)
    {
        var context = item.Context;
        var scenario = drill.Scenario;
        var from = DrillYaml.Reference(context, item.Required("from"), item.Of("from"), "depot", scenario.Network.Depots.Select(d => d.Id.Value));
        var to = City(item, "to", drill);
        var (commodity, amount) = CommodityAmount(item, drill);
        if (at is null || from is null || to is null || commodity is null || amount is null)
        {
            return null;
        }

        return kind == "dispatch"
            ? new DispatchOrder(number, at.Value, new DepotId(from), to.Value, commodity.Value, amount.Value)
            : new PrepositionOrder(number, at.Value, new DepotId(from), to.Value, commodity.Value, amount.Value);
    }

    private static ProcureOrder? ReadProcurement(MapReader item, int number, Drill drill, Duration? at)
    {
        var context = item.Context;
        var depot = DrillYaml.Reference(context, item.Required("depot"), item.Of("depot"), "depot", drill.Scenario.Network.Depots.Select(d => d.Id.Value));
        var (commodity, amount) = CommodityAmount(item, drill);
        var leadNode = item.Optional("lead_time");
        var lead = leadNode is null ? null : context.Duration(leadNode, item.Of("lead_time"), allowZero: true);
        var premiumNode = item.Optional("premium");
        var premium = premiumNode is null ? 1 : context.Positive(premiumNode, item.Of("premium"));
        return at is null || depot is null || commodity is null || amount is null || (leadNode is not null && lead is null) || premium is null
            ? null
            : new ProcureOrder(number, at.Value, new DepotId(depot), commodity.Value, amount.Value, lead, premium.Value);
    }

    private static RerouteOrder? ReadReroute(MapReader item, int number, Drill drill, Duration? at)
    {
        var context = item.Context;
        var orderNode = item.Required("order");
        var earlier = context.Count(orderNode, item.Of("order"), max: number - 1);
        var to = City(item, "to", drill);
        return at is null || earlier is null || to is null ? null : new RerouteOrder(number, at.Value, (int)earlier.Value, to.Value);
    }

    private static CityId? City(MapReader item, string key, Drill drill) =>
        DrillYaml.Reference(item.Context, item.Required(key), item.Of(key), "city", drill.Scenario.Network.Cities.Select(c => c.Id.Value)) is { } id ? new CityId(id) : null;

    private static (CommodityId? Commodity, Amount? Amount) CommodityAmount(MapReader item, Drill drill)
    {
        var context = item.Context;
        var scenario = drill.Scenario;
        var commodityId = DrillYaml.Reference(context, item.Required("commodity"), item.Of("commodity"), "commodity", scenario.Commodities.Select(c => c.Id.Value));
        var amountNode = item.Required("amount");
        var commodity = scenario.Commodities.FirstOrDefault(c => c.Id.Value == commodityId);
        var amount = commodity is null ? null : context.Quantity(amountNode, item.Of("amount"), new CommodityUnits(commodity).Amounts, allowZero: false);
        return (commodity?.Id, amount is { } units ? new Amount(units) : null);
    }
}
