using System.Globalization;
using System.Text;

namespace SimWorkbench.Drills;

/// <summary>
/// A drill's injects as a master scenario events list (MSEL) in CSV, for the trainers'
/// spreadsheets, in the usual columns: Inject Number, Scenario Time, Synopsis, Type, Delivery
/// Method, From, To, Expected Player Action, Objective, Time Limit, Evaluator Notes.
/// </summary>
/// <remarks>
/// One row per inject, in file order. Scenario Time is the time in hours (<c>6h</c>), or
/// <c>if missed: &lt;expected action id&gt;</c> for a contingency inject. Type is the inject's kind,
/// with the hazard's id for a hazard inject (<c>hazard: main-shock</c>). An inject with several
/// expected actions lists their texts in Expected Player Action and their limits in Time Limit,
/// each separated by <c>"; "</c>, in the same order. Fields are quoted as RFC 4180 says (a field
/// with a comma, a quote or a line break is quoted, quotes doubled); lines end in <c>\n</c>.
/// </remarks>
public static class MselExport
{
    /// <summary>The header line's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Inject Number", "Scenario Time", "Synopsis", "Type", "Delivery Method", "From", "To", "Expected Player Action", "Objective", "Time Limit", "Evaluator Notes"];

    /// <summary>The drill's injects as MSEL CSV.</summary>
    /// <param name="drill">A loaded drill.</param>
    /// <returns>The CSV text, header first.</returns>
    public static string ToCsv(Drill drill)
    {
        ArgumentNullException.ThrowIfNull(drill);
        var text = new StringBuilder();
        Row(text, Columns);
        foreach (var inject in drill.Injects)
        {
            Row(text,
            [
                inject.Id,
                inject.At is { } at ? Hours(at.Hours) : $"if missed: {inject.IfMissed}",
                inject.Text,
                inject.Hazard is { } hazard ? $"hazard: {hazard}" : Kind(inject.Kind),
                inject.Delivery ?? string.Empty,
                inject.From ?? string.Empty,
                inject.To ?? string.Empty,
                string.Join("; ", inject.Expected.Select(e => e.Text)),
                inject.Objective ?? string.Empty,
                string.Join("; ", inject.Expected.Select(e => Hours(e.Within.Hours))),
                inject.Notes ?? string.Empty,
            ]);
        }

        return text.ToString();
    }

    private static string Kind(InjectKind kind) => kind switch
    {
        InjectKind.DataUpdate => "data_update",
        InjectKind.DecisionPoint => "decision_point",
        InjectKind.Hazard => "hazard",
        _ => "message",
    };

    private static string Hours(double hours) => hours.ToString("R", CultureInfo.InvariantCulture) + "h";

    private static void Row(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = fields[i];
            text.Append(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field);
        }

        text.Append('\n');
    }
}
