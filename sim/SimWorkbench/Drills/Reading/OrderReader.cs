using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Reading;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Drills.Reading;

/// <summary>
/// Reads a trainees' order file (<c>orders:</c>, a list of <c>{ at, kind: dispatch, from, to,
/// commodity, amount }</c>). Names and amounts are checked against the drill's scenario here;
/// whether an order can be carried out is checked when its time comes in play.
/// </summary>
internal static class OrderReader
{
    private static readonly IReadOnlyDictionary<string, bool> Kinds = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["dispatch"] = true,
    };

    public static List<DrillOrder>? Read(YamlMap root, Drill drill, DiagnosticBag bag)
    {
        var context = new ReadContext(bag);
        var top = new MapReader(context, root, "the order file");
        var nodes = context.List(top.Required("orders"), top.Of("orders"));
        top.Finish();
        var orders = new List<DrillOrder>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (context.Map(nodes[i], $"order #{i + 1}") is { } item && ReadOrder(item, i + 1, drill) is { } order)
            {
                orders.Add(order);
            }
        }

        return bag.HasErrors ? null : orders;
    }

    private static DrillOrder? ReadOrder(MapReader item, int number, Drill drill)
    {
        var context = item.Context;
        var scenario = drill.Scenario;
        var atNode = item.Required("at");
        var at = context.Duration(atNode, item.Of("at"), allowZero: true);
        context.Option(item.Required("kind"), item.Of("kind"), Kinds);
        var from = DrillYaml.Reference(context, item.Required("from"), item.Of("from"), "depot", scenario.Network.Depots.Select(d => d.Id.Value));
        var to = DrillYaml.Reference(context, item.Required("to"), item.Of("to"), "city", scenario.Network.Cities.Select(c => c.Id.Value));
        var commodityId = DrillYaml.Reference(context, item.Required("commodity"), item.Of("commodity"), "commodity", scenario.Commodities.Select(c => c.Id.Value));
        var amountNode = item.Required("amount");
        var commodity = scenario.Commodities.FirstOrDefault(c => c.Id.Value == commodityId);
        var amount = commodity is null ? null : context.Quantity(amountNode, item.Of("amount"), new CommodityUnits(commodity).Amounts, allowZero: false);
        item.Finish();
        if (at is { } time && time.Hours >= drill.End.Hours)
        {
            context.Error(DrillDiagnosticCodes.AfterDrillEnd, atNode!, $"{item.Of("at")} is {time.Hours:G} h, at or after the drill's end ({drill.End.Hours:G} h).");
            return null;
        }

        return at is null || from is null || to is null || commodity is null || amount is null
            ? null
            : new DrillOrder(number, at.Value, new DepotId(from), new CityId(to), commodity.Id, new Amount(amount.Value));
    }
}
