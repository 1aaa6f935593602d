using System.Globalization;
using System.Text;
using SimWorkbench.Drills.Updates;

namespace SimWorkbench.Drills;

/// <summary>
/// A drill's injects as a master scenario events list (MSEL) in CSV, for the trainers'
/// spreadsheets, in the usual columns: Inject Number, Scenario Time, Synopsis, Type, Delivery
/// Method, From, To, Expected Player Action, Objective, Time Limit, Evaluator Notes.
/// </summary>
/// <remarks>
/// One row per inject, in file order. Scenario Time is the time in hours (<c>6h</c>), or
/// <c>if missed: &lt;expected action id&gt;</c> for a contingency inject. Type is the inject's kind,
/// with the hazard's id for a hazard inject (<c>hazard: main-shock</c>) and the update for a data
/// update that changes the world (<c>data_update: surge harbour medical x4 for 504h</c>). Expected Player Action
/// holds each expected action as <c>&lt;id&gt;: &lt;text&gt; [&lt;commodity&gt; ≥ &lt;amount&gt; &lt;unit&gt; to &lt;city&gt;]</c>
/// and Time Limit its limit (<c>12h</c>), several separated by <c>"; "</c> in the same order, so
/// that <see cref="MselImport"/> reads the injects back unchanged (a synopsis without the
/// trailing line break a YAML block scalar leaves: cells are read trimmed). Fields are quoted as RFC 4180 says (a field
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
                inject.Text.TrimEnd(),
                inject.Hazard is { } hazard ? $"hazard: {hazard}" : inject.Update is { } update ? $"data_update: {Update(update)}" : KindName(inject.Kind),
                inject.Delivery ?? string.Empty,
                inject.From ?? string.Empty,
                inject.To ?? string.Empty,
                string.Join("; ", inject.Expected.Select(e => Action(drill, e))),
                inject.Objective ?? string.Empty,
                string.Join("; ", inject.Expected.Select(e => Hours(e.Within.Hours))),
                inject.Notes ?? string.Empty,
            ]);
        }

        return text.ToString();
    }

    /// <summary>An expected action as its cell reads: <c>water-old-town: Water reaches Old Town [water ≥ 1000000 L to old-town]</c>.</summary>
    private static string Action(Drill drill, ExpectedAction action)
    {
        var unit = drill.Scenario.Commodities.First(c => c.Id == action.Commodity).Unit;
        return $"{action.Id}: {action.Text} [{action.Commodity} ≥ {Number(action.Amount.Units)} {unit} to {action.City}]";
    }

    /// <summary>A data update as the Type cell writes it after <c>data_update: </c>.</summary>
    private static string Update(DataUpdate update) => update switch
    {
        NeedSurge s => $"surge {s.City} {s.Commodity} x{Number(s.Multiplier)} for {Hours(s.For.Hours)}",
        PopulationMove m => $"displacement {Number(m.People)} from {m.From} to {m.To}" + (m.For is { } back ? $" for {Hours(back.Hours)}" : string.Empty),
        LinkStateReport l => $"link {l.Link} {l.State.ToString().ToLowerInvariant()}" + (l.State == Network.LinkState.Degraded ? $" x{Number(l.Slowdown)}" : string.Empty),
        DepotLoadingReport d => $"depot {d.Depot} loading {Number(d.Loading.Value)} for {Hours(d.For.Hours)}",
        _ => throw new ArgumentOutOfRangeException(nameof(update), update, "Unknown data update."),
    };

    /// <summary>The word drill files and the MSEL's Type column use for a kind.</summary>
    internal static string KindName(InjectKind kind) => kind switch
    {
        InjectKind.DataUpdate => "data_update",
        InjectKind.DecisionPoint => "decision_point",
        InjectKind.Hazard => "hazard",
        _ => "message",
    };

    private static string Hours(double hours) => Number(hours) + "h";

    /// <summary>A number written round-trip exact, invariant.</summary>
    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

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
