using System.Text.Json;
using SimWorkbench.Commodities;
using SimWorkbench.Drills.Orders;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills.Play;

/// <summary>An order's fields in the log (its header's list of orders given, and each order's line), and back.</summary>
internal static class OrderJson
{
    /// <summary>Writes the order's number, kind and fields (times in hours, amounts in the commodity's unit).</summary>
    public static void WriteFields(Utf8JsonWriter w, DrillOrder order)
    {
        w.WriteNumber("number", order.Number);
        w.WriteString("kind", order.Kind);
        switch (order)
        {
            case DispatchOrder o:
                Shipment(w, o.From, o.To, o.Commodity, o.Amount);
                break;
            case PrepositionOrder o:
                Shipment(w, o.From, o.To, o.Commodity, o.Amount);
                break;
            case ProcureOrder o:
                w.WriteString("depot", o.Depot.Value);
                w.WriteString("commodity", o.Commodity.Value);
                w.WriteNumber("amount", o.Amount.Units);
                DrillLog.Number(w, "lead_time", o.LeadTime?.Hours);
                w.WriteNumber("premium", o.Premium);
                break;
            case MutualAidOrder o:
                w.WriteNumber("for", o.For.Hours);
                break;
            case RerouteOrder o:
                w.WriteNumber("order", o.Order);
                w.WriteString("to", o.To.Value);
                break;
            case AdvanceOrder o:
                DrillLog.Number(w, "by", o.By?.Hours);
                break;
            default:
                throw new ArgumentException($"Unknown order type {order.GetType().Name}.", nameof(order));
        }
    }

    /// <summary>An order as the header lists it: its time and its fields.</summary>
    public static void Write(Utf8JsonWriter w, DrillOrder order)
    {
        w.WriteStartObject();
        w.WriteNumber("at", order.At.Hours);
        WriteFields(w, order);
        w.WriteEndObject();
    }

    /// <summary>Reads an order the header lists; a missing kind is a dispatch (logs written before the other kinds).</summary>
    /// <exception cref="KeyNotFoundException">A field is missing.</exception>
    /// <exception cref="FormatException">The kind is unknown.</exception>
    public static DrillOrder Read(JsonElement o) => Read(o, new Duration(o.GetProperty("at").GetDouble()));

    /// <summary>Reads an order's fields written by <see cref="WriteFields"/> (an order's log line, whose time is the line's), given when it was given.</summary>
    /// <exception cref="KeyNotFoundException">A field is missing.</exception>
    /// <exception cref="FormatException">The kind is unknown.</exception>
    public static DrillOrder Read(JsonElement o, Duration at)
    {
        var number = o.GetProperty("number").GetInt32();
        var kind = o.TryGetProperty("kind", out var k) ? k.GetString() : "dispatch";
        return kind switch
        {
            "dispatch" => new DispatchOrder(number, at, new DepotId(Text(o, "from")), new CityId(Text(o, "to")), new CommodityId(Text(o, "commodity")), new Amount(o.GetProperty("amount").GetDouble())),
            "preposition" => new PrepositionOrder(number, at, new DepotId(Text(o, "from")), new CityId(Text(o, "to")), new CommodityId(Text(o, "commodity")), new Amount(o.GetProperty("amount").GetDouble())),
            "procure" => new ProcureOrder(
                number,
                at,
                new DepotId(Text(o, "depot")),
                new CommodityId(Text(o, "commodity")),
                new Amount(o.GetProperty("amount").GetDouble()),
                o.GetProperty("lead_time").ValueKind == JsonValueKind.Null ? null : new Duration(o.GetProperty("lead_time").GetDouble()),
                o.GetProperty("premium").GetDouble()),
            "mutual_aid" => new MutualAidOrder(number, at, new Duration(o.GetProperty("for").GetDouble())),
            "reroute" => new RerouteOrder(number, at, o.GetProperty("order").GetInt32(), new CityId(Text(o, "to"))),
            "advance" => new AdvanceOrder(number, at, o.GetProperty("by").ValueKind == JsonValueKind.Null ? null : new Duration(o.GetProperty("by").GetDouble())),
            _ => throw new FormatException($"Unknown order kind '{kind}'."),
        };
    }

    private static string Text(JsonElement o, string name) => o.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null.");

    private static void Shipment(Utf8JsonWriter w, DepotId from, CityId to, CommodityId commodity, Amount amount)
    {
        w.WriteString("from", from.Value);
        w.WriteString("to", to.Value);
        w.WriteString("commodity", commodity.Value);
        w.WriteNumber("amount", amount.Units);
    }
}
