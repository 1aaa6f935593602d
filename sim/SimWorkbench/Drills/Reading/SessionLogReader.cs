using System.Text.Json;
using SimWorkbench.Commodities;
using SimWorkbench.Drills.Logs;
using SimWorkbench.Drills.Play;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Drills.Reading;

/// <summary>Types a drill log's lines (the format scenarios/README.md documents); every line that is not what it should be is an error naming it.</summary>
internal static class SessionLogReader
{
    public static DrillLogReading Read(string path, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || Parse(lines[0]) is not { } header || Text(header, "type") != "drill")
        {
            return Failed(path, 1, "the first line is not a drill log header (a JSON object with type \"drill\").");
        }

        string drill, sha256;
        string? scenarioSha256;
        StrategyId strategy;
        List<DrillOrder> orders;
        try
        {
            drill = Required(header, "drill");
            sha256 = Required(header, "sha256");
            scenarioSha256 = Text(header, "scenario_sha256");
            strategy = new StrategyId(Required(header, "strategy"));
            orders = [.. header.GetProperty("orders").EnumerateArray().Select(OrderJson.Read)];
        }
        catch (Exception e) when (IsShapeError(e))
        {
            return Failed(path, 1, $"the header lacks what a drill log header holds ({e.Message}).");
        }

        var entries = new List<LogEntry>();
        SessionSummary? summary = null;
        for (var n = 1; n < lines.Count; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n]))
            {
                continue;
            }

            if (summary is not null)
            {
                return Failed(path, n + 1, "a line after the summary; the summary is a log's last line.");
            }

            if (Parse(lines[n]) is not { } line)
            {
                return Failed(path, n + 1, "not a JSON object.");
            }

            try
            {
                if (Text(line, "type") == "summary")
                {
                    summary = Summary(line);
                }
                else
                {
                    entries.Add(Entry(line, lines[n]));
                }
            }
            catch (Exception e) when (IsShapeError(e))
            {
                return Failed(path, n + 1, $"a '{Text(line, "type")}' entry without what it should hold ({e.Message}).");
            }
        }

        return summary is null
            ? Failed(path, lines.Count, "the log ends without its summary line: the session did not finish writing it.")
            : new DrillLogReading([], new SessionLog(drill, sha256, scenarioSha256, strategy, orders, entries, summary));
    }

    private static LogEntry Entry(JsonElement e, string json)
    {
        var t = e.GetProperty("t").GetDouble();
        var type = Required(e, "type");
        return type switch
        {
            "inject" => new LoggedInject(t, Required(e, "id"), Required(e, "kind"), Text(e, "to"), Required(e, "text")),
            "order" => new LoggedOrder(t, Order(e, t)),
            "expectation" => new LoggedAssessment(t, Required(e, "id"), Required(e, "inject"), Required(e, "result"), Number(e, "met_at"), e.GetProperty("deadline").GetDouble()),
            "hazard" => new LoggedHazard(t, Required(e, "id"), Required(e, "kind"), e.GetProperty("damaged").GetInt32()),
            "update" => new LoggedUpdate(t, Required(e, "inject"), Required(e, "change")),
            "delivery" => new LoggedDelivery(t, new Delivery(t, new CityId(Required(e, "city")), new CommodityId(Required(e, "commodity")), new Amount(e.GetProperty("amount").GetDouble()))),
            _ => new LoggedOther(t, type, json),
        };
    }

    private static OrderResult Order(JsonElement e, double t)
    {
        var order = OrderJson.Read(e, new Duration(t));
        if (Required(e, "result") != "accepted")
        {
            return new OrderResult(order, Required(e, "reason"), 0);
        }

        return new OrderResult(order, null, e.TryGetProperty("loads", out var loads) ? loads.GetInt32() : 0)
        {
            UntilHours = Number(e, "until"),
            Cost = Number(e, "cost"),
        };
    }

    private static SessionSummary Summary(JsonElement e)
    {
        var commodities = e.GetProperty("commodities").EnumerateObject()
            .Select(c => new CommodityResult(new CommodityId(c.Name), Number(c.Value, "fill_rate"), Number(c.Value, "unmet_person_days"), Number(c.Value, "deprivation_cost")))
            .ToList();
        return new SessionSummary(
            e.GetProperty("t").GetDouble(),
            e.GetProperty("orders_accepted").GetInt32(),
            e.GetProperty("orders_refused").GetInt32(),
            e.GetProperty("expectations_met").GetInt32(),
            e.GetProperty("expectations_missed").GetInt32(),
            commodities,
            Number(e, "social_cost"));
    }

    private static JsonElement? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Required(JsonElement e, string name) =>
        Text(e, name) ?? throw new KeyNotFoundException($"no text '{name}'");

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static bool IsShapeError(Exception e) => e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException;

    private static DrillLogReading Failed(string path, int line, string message) => new([$"{path}({line},1): {message}"], null);
}
