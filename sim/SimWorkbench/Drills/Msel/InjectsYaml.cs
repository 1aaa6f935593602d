using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using SimWorkbench.Drills.Updates;

namespace SimWorkbench.Drills.Msel;

/// <summary>Writes injects as a drill file's <c>injects:</c> section and puts it in place of a drill's own.</summary>
internal static partial class InjectsYaml
{
    // A JSON string is a YAML double-quoted scalar: every text goes out quoted, whatever it holds.
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Section(IReadOnlyList<Inject> injects, Drill drill)
    {
        var yaml = new StringBuilder("injects:\n");
        foreach (var inject in injects)
        {
            yaml.Append("  - id: ").Append(inject.Id).Append('\n');
            if (inject.At is { } at)
            {
                yaml.Append("    at: ").Append(Hours(at.Hours)).Append('\n');
            }
            else
            {
                yaml.Append("    if_missed: ").Append(inject.IfMissed).Append('\n');
            }

            yaml.Append("    kind: ").Append(MselExport.KindName(inject.Kind)).Append('\n');
            if (inject.Hazard is { } hazard)
            {
                yaml.Append("    hazard: ").Append(hazard.Value).Append('\n');
            }

            if (inject.To is { } to)
            {
                yaml.Append("    to: ").Append(to).Append('\n');
            }

            Text(yaml, "text", inject.Text);
            Text(yaml, "delivery", inject.Delivery);
            Text(yaml, "from", inject.From);
            Text(yaml, "objective", inject.Objective);
            Text(yaml, "notes", inject.Notes);
            if (inject.Update is { } update)
            {
                yaml.Append("    update: ").Append(Update(update)).Append('\n');
            }

            if (inject.Expected.Count > 0)
            {
                yaml.Append("    expect:\n");
                foreach (var action in inject.Expected)
                {
                    var unit = drill.Scenario.Commodities.First(c => c.Id == action.Commodity).Unit;
                    yaml.Append(CultureInfo.InvariantCulture,
                        $"      - {{ id: {action.Id}, text: {Quote(action.Text)}, city: {action.City}, commodity: {action.Commodity}, amount: {Quote(MselExport.Number(action.Amount.Units) + " " + unit)}, within: {Hours(action.Within.Hours)} }}\n");
                }
            }
        }

        return yaml.ToString();
    }

    /// <summary>
    /// The drill file's text with its top-level <c>injects:</c> section replaced by <paramref name="section"/>;
    /// comments and blank lines just before the next top-level key stay with that key.
    /// </summary>
    public static string Replace(string drillText, string section)
    {
        var lines = drillText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(l => InjectsKey().IsMatch(l));
        if (start < 0)
        {
            return drillText.TrimEnd('\n') + "\n\n" + section;
        }

        var end = lines.FindIndex(start + 1, l => TopLevelKey().IsMatch(l));
        end = end < 0 ? lines.Count : end;
        while (end > start + 1 && (lines[end - 1].Length == 0 || lines[end - 1].StartsWith('#')) && end < lines.Count)
        {
            end--;
        }

        var yaml = new StringBuilder();
        if (start > 0)
        {
            yaml.Append(string.Join('\n', lines.Take(start))).Append('\n');
        }

        yaml.Append(section);
        var after = string.Join('\n', lines.Skip(end)).TrimEnd('\n');
        if (after.Trim().Length > 0)
        {
            yaml.Append('\n').Append(after).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Update(DataUpdate update) => update switch
    {
        NeedSurge s => $"{{ kind: surge, city: {s.City}, commodity: {s.Commodity}, multiplier: {MselExport.Number(s.Multiplier)}, for: {Hours(s.For.Hours)} }}",
        PopulationMove m => $"{{ kind: displacement, from: {m.From}, to: {m.To}, people: {MselExport.Number(m.People)}" + (m.For is { } back ? $", for: {Hours(back.Hours)}" : string.Empty) + " }",
        LinkStateReport l => $"{{ kind: link, link: {l.Link}, state: {l.State.ToString().ToLowerInvariant()}" + (l.State == Network.LinkState.Degraded ? $", slowdown: {MselExport.Number(l.Slowdown)}" : string.Empty) + " }",
        DepotLoadingReport d => $"{{ kind: depot, depot: {d.Depot}, loading: {MselExport.Number(d.Loading.Value)}, for: {Hours(d.For.Hours)} }}",
        _ => throw new ArgumentOutOfRangeException(nameof(update), update, "Unknown data update."),
    };

    private static void Text(StringBuilder yaml, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Append("    ").Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);

    private static string Hours(double hours) => MselExport.Number(hours) + "h";

    [GeneratedRegex(@"^injects\s*:")]
    private static partial Regex InjectsKey();

    [GeneratedRegex(@"^[A-Za-z_][\w-]*\s*:")]
    private static partial Regex TopLevelKey();
}
