using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Reading;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Drills.Reading;

/// <summary>
/// Reads an order typed at the console: words (<c>dispatch hightown-depot millford water 400 t</c>)
/// or an order file's entry in YAML flow form (<c>{ kind: dispatch, from: …, … }</c>, without
/// <c>at</c>). The words become that entry and are read by <see cref="OrderReader"/>, so a typed
/// order is checked exactly as a file's.
/// </summary>
internal static partial class OrderLine
{
    /// <summary>The words each kind takes after its name, in order; the last takes the rest of the line.</summary>
    private static readonly Dictionary<string, string[]> Words = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["dispatch"] = ["from", "to", "commodity", "amount"],
        ["preposition"] = ["from", "to", "commodity", "amount"],
        ["procure"] = ["depot", "commodity", "amount"],
        ["mutual_aid"] = ["for"],
        ["reroute"] = ["order", "to"],
    };

    /// <summary>Words after a procurement's amount that start an optional value.</summary>
    private static readonly Dictionary<string, string> ProcureOptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["lead"] = "lead_time",
        ["premium"] = "premium",
    };

    public static OrderLineResult Read(string line, Drill drill, int number)
    {
        var bag = new DiagnosticBag();
        var text = line.Trim();
        var yaml = text.StartsWith('{') ? text : ToFlow(text, bag);
        if (yaml is null)
        {
            return new OrderLineResult(null, bag.Sorted());
        }

        var root = YamlTreeReader.Read(yaml, "order", ScenarioLoadOptions.Default, bag);
        DrillOrder? order = null;
        if (root is not null && new ReadContext(bag).Map(root, "the order") is { } item)
        {
            if (item.Map.Entry("at") is { } at)
            {
                bag.Error(DiagnosticCodes.UnknownKey, at.Key.Location, "a typed order is given now: leave out 'at'.");
            }
            else
            {
                order = OrderReader.ReadOrder(item, number, drill, clock: 0);
            }
        }

        return new OrderLineResult(bag.HasErrors ? null : order, bag.Sorted());
    }

    private static string? ToFlow(string text, DiagnosticBag bag)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new SourceLocation("order", 1, 1);
        if (words.Length == 0)
        {
            bag.Error(DiagnosticCodes.MissingKey, start, "the line is empty: type an order, or help.");
            return null;
        }

        if (words.FirstOrDefault(w => !Plain().IsMatch(w)) is { } odd)
        {
            bag.Error(DiagnosticCodes.WrongType, start, $"'{odd}' is not a name, number or amount (letters, digits, '_', '-', '.', '/' only).");
            return null;
        }

        var kind = words[0];
        if (kind == "advance")
        {
            return words.Length == 2 ? $"{{ advance: {words[1]} }}" : Usage(bag, start, "advance 6h | advance next");
        }

        if (!Words.TryGetValue(kind, out var keys))
        {
            // Let the reader name the kinds and the nearest one.
            return $"{{ kind: {kind} }}";
        }

        var flow = new StringBuilder("{ kind: ").Append(kind);
        var rest = words.AsSpan(1);
        for (var k = 0; k < keys.Length; k++)
        {
            if (rest.Length == 0)
            {
                return Usage(bag, start, $"{kind} {string.Join(' ', keys.Select(key => $"<{key}>"))}{(kind == "procure" ? " [lead <time>] [premium <factor>]" : string.Empty)}");
            }

            // The last word takes the rest of the line (an amount and its unit), up to a procurement's options.
            var take = 1;
            if (k == keys.Length - 1)
            {
                take = rest.Length;
                for (var w = 1; w < rest.Length; w++)
                {
                    if (kind == "procure" && ProcureOptions.ContainsKey(rest[w]))
                    {
                        take = w;
                        break;
                    }
                }
            }

            flow.Append(CultureInfo.InvariantCulture, $", {keys[k]}: {string.Join(' ', rest[..take].ToArray())}");
            rest = rest[take..];
        }

        while (rest.Length >= 2 && ProcureOptions.TryGetValue(rest[0], out var option))
        {
            flow.Append(CultureInfo.InvariantCulture, $", {option}: {rest[1]}");
            rest = rest[2..];
        }

        if (rest.Length > 0)
        {
            bag.Error(DiagnosticCodes.UnknownKey, start, $"'{string.Join(' ', rest.ToArray())}' is left over after the {kind} order.");
            return null;
        }

        return flow.Append(" }").ToString();
    }

    private static string? Usage(DiagnosticBag bag, SourceLocation start, string usage)
    {
        bag.Error(DiagnosticCodes.MissingKey, start, $"the order is incomplete: {usage}.");
        return null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.\-/]+$")]
    private static partial Regex Plain();
}
