using System.Text.Json;
using SimWorkbench.Runs;

namespace SimWorkbench.Results;

/// <summary>
/// One run's event log as events.jsonl writes it: hazards, link state changes and deliveries merged
/// in time order; at the same time a hazard comes before the link changes it caused, and those
/// before deliveries.
/// </summary>
internal static class RunLog
{
    /// <summary>The run's kept events, in log order.</summary>
    public static IReadOnlyList<Line> Of(RunMetrics run)
    {
        var lines = new List<Line>(run.Hazards.Count + run.LinkChanges.Count + run.Deliveries.Count);
        lines.AddRange(run.Hazards.Select(h => new Line(h.OnsetHours, 0, "hazard", json => Hazard(json, h))));
        lines.AddRange(run.LinkChanges.Select(c => new Line(c.TimeHours, 1, "link_state", json => LinkChange(json, c))));
        lines.AddRange(run.Deliveries.Select(d => new Line(d.TimeHours, 2, "delivery", json => Delivery(json, d))));

        // A stable sort: within a type the engine's own order (onset, time) stays.
        return [.. lines.OrderBy(l => l.TimeHours).ThenBy(l => l.Rank)];
    }

    /// <summary>The snake_case word for an enumeration value, as scenarios write it (<c>StormSurge</c> → <c>storm_surge</c>).</summary>
    public static string Word<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static void Hazard(Utf8JsonWriter json, HazardRecord h)
    {
        json.WriteString("id", h.Id.Value);
        json.WriteString("kind", Word(h.Kind));
        json.WriteNumber("forecast_h", h.ForecastHours);
        json.WriteNumber("generation", h.Generation);
        WriteNullable(json, "rule", h.Rule?.Value);
        WriteNullable(json, "parent", h.Parent?.Value);
        json.WriteNumber("intensity", h.Intensity);
        json.WriteNumber("affected", h.Affected.Count);
        json.WriteStartArray("damaged");
        foreach (var target in h.Damaged)
        {
            json.WriteStartObject();
            json.WriteString("element", Word(target.Type));
            json.WriteString("id", target.Id);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void LinkChange(Utf8JsonWriter json, LinkStateChange c)
    {
        json.WriteString("link", c.Link.Value);
        json.WriteString("state", Word(c.State));
        json.WriteString("cause", c.Cause is { } hazard ? hazard.Value : "repair");
    }

    private static void Delivery(Utf8JsonWriter json, Delivery d)
    {
        json.WriteString("city", d.City.Value);
        json.WriteString("commodity", d.Commodity.Value);
        json.WriteNumber("amount", d.Amount.Units);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>One line: when, its rank among lines at the same time, its type, and how to write its own fields.</summary>
    internal sealed record Line(double TimeHours, int Rank, string Type, Action<Utf8JsonWriter> Write);
}
