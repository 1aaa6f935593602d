using System.Globalization;
using System.Text.RegularExpressions;
using SimWorkbench.Commodities;
using SimWorkbench.Drills.Updates;
using SimWorkbench.Hazards;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Reading;

namespace SimWorkbench.Drills.Msel;

/// <summary>
/// Reads the rows of an MSEL CSV into injects for a drill, in the cell formats
/// <see cref="MselExport"/> writes; every bad cell is a diagnostic at its row's line and its column's
/// number, and all are collected.
/// </summary>
internal sealed partial class MselRowReader(string path, Drill drill, DiagnosticBag bag)
{
    private const int MaxIdLength = 64;

    private readonly Dictionary<string, int> injectIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> actionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> forced = new(StringComparer.Ordinal);
    private readonly List<(string Id, int Line, int Column)> contingencies = [];
    private int[] columns = [];

    public List<Inject> Read(string text)
    {
        var (rows, unclosed) = MselCsv.Split(text);
        if (unclosed is { } quoteLine)
        {
            bag.Error(DrillDiagnosticCodes.MselShape, new SourceLocation(path, quoteLine, 1), "a quoted cell is never closed: a '\"' is missing.");
            return [];
        }

        if (rows.Count == 0 || !Header(rows[0].Line, rows[0].Fields))
        {
            if (rows.Count == 0)
            {
                bag.Error(DrillDiagnosticCodes.MselShape, new SourceLocation(path, 1, 1), $"the file is empty; an MSEL starts with a header line: {string.Join(",", MselExport.Columns)}.");
            }

            return [];
        }

        var injects = new List<Inject>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (fields.Count > MselExport.Columns.Count)
            {
                bag.Error(DrillDiagnosticCodes.MselShape, new SourceLocation(path, line, MselExport.Columns.Count + 1), $"row has {fields.Count} cells for {MselExport.Columns.Count} columns (a comma in a cell that is not quoted?).");
                continue;
            }

            if (Row(line, fields) is { } inject)
            {
                injects.Add(inject);
            }
        }

        foreach (var (id, line, column) in contingencies)
        {
            if (!actionIds.ContainsKey(id))
            {
                Error(DrillDiagnosticCodes.MselUnknownName, line, column, $"'if missed: {id}' names no expected player action of this MSEL; the actions are {Listed(actionIds.Keys)}.");
            }
        }

        return injects;
    }

    /// <summary>Maps each of the usual columns to its position in the file, in any order.</summary>
    private bool Header(int line, List<string> fields)
    {
        columns = new int[MselExport.Columns.Count];
        Array.Fill(columns, -1);
        var ok = true;
        for (var f = 0; f < fields.Count; f++)
        {
            var name = fields[f].Trim();
            var c = MselExport.Columns.ToList().FindIndex(x => string.Equals(x, name, StringComparison.OrdinalIgnoreCase));
            if (c < 0 || columns[c] >= 0)
            {
                bag.Error(DrillDiagnosticCodes.MselShape, new SourceLocation(path, line, f + 1),
                    c < 0 ? $"'{name}' is not one of the MSEL columns: {string.Join(", ", MselExport.Columns)}." : $"column '{name}' appears twice.");
                ok = false;
                continue;
            }

            columns[c] = f;
        }

        var missing = MselExport.Columns.Where((_, c) => columns[c] < 0).ToArray();
        if (missing.Length > 0)
        {
            bag.Error(DrillDiagnosticCodes.MselShape, new SourceLocation(path, line, 1), $"the header lacks the column{(missing.Length == 1 ? string.Empty : "s")} {string.Join(", ", missing)}.");
            ok = false;
        }

        return ok;
    }

    private Inject? Row(int line, List<string> fields)
    {
        string Cell(int c) => columns[c] < fields.Count ? fields[columns[c]].Trim() : string.Empty;
        var errors = bag.Count;
        var id = Id(line, 0, Cell(0), "Inject Number");
        if (id is not null && !injectIds.TryAdd(id, line))
        {
            Error(DrillDiagnosticCodes.MselConflict, line, 0, $"inject number '{id}' is used twice (first on line {injectIds[id]}).");
        }

        var (at, ifMissed) = Time(line, Cell(1));
        var text = Required(line, 2, Cell(2), "Synopsis");
        var (kind, hazard, update) = Type(line, Cell(3));
        var to = Optional(Cell(6));
        if (to is not null && !drill.Roles.Any(r => r.Id == to))
        {
            Error(DrillDiagnosticCodes.MselUnknownName, line, 6, $"'{to}' is not one of the drill's roles: {Listed(drill.Roles.Select(r => r.Id))}.");
        }

        var expected = Actions(line, Cell(7), Cell(9), id);
        if (bag.Count > errors || id is null || text is null || kind is null || expected is null)
        {
            return null;
        }

        return new Inject(id, at, kind.Value, to, text, hazard, ifMissed, expected)
        {
            Delivery = Optional(Cell(4)),
            From = Optional(Cell(5)),
            Objective = Optional(Cell(8)),
            Notes = Optional(Cell(10)),
            Update = update,
        };
    }

    private (Duration? At, string? IfMissed) Time(int line, string cell)
    {
        if (IfMissed().Match(cell) is { Success: true } missed)
        {
            var action = Id(line, 1, missed.Groups[1].Value.Trim(), "the expected player action in Scenario Time");
            if (action is not null)
            {
                contingencies.Add((action, line, 1));
            }

            return (null, action);
        }

        if (ScenarioTime(cell) is not { } hours)
        {
            Error(DrillDiagnosticCodes.MselCell, line, 1, $"Scenario Time '{cell}' is not a time: write hours from the start as '6h', '1d 2h' or '90min', as a clock '06:30' (hours may pass 24: '30:00'), or 'if missed: <expected action id>' for a contingency inject.");
            return (null, null);
        }

        if (hours >= drill.End.Hours)
        {
            Error(DrillDiagnosticCodes.AfterDrillEnd, line, 1, $"Scenario Time '{cell}' is {hours:G} h, at or after the drill's end ({drill.End.Hours:G} h): it would never fire.");
        }

        return (new Duration(hours), null);
    }

    /// <summary>"6h", "1d 2h", "90min", "2.5h" (summed), or "HH:MM" from the start; null when it is none of these.</summary>
    public static double? ScenarioTime(string cell)
    {
        if (Clock().Match(cell) is { Success: true } clock)
        {
            return int.Parse(clock.Groups[1].Value, CultureInfo.InvariantCulture) + (int.Parse(clock.Groups[2].Value, CultureInfo.InvariantCulture) / 60.0);
        }

        return Durations(cell);
    }

    private static double? Durations(string cell)
    {
        if (!DurationList().IsMatch(cell))
        {
            return null;
        }

        var hours = 0.0;
        foreach (Match part in DurationPart().Matches(cell))
        {
            UnitTable.Durations.TryFactor(part.Groups[2].Value, out var factor);
            hours += double.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture) * factor;
        }

        return hours;
    }

    private (InjectKind? Kind, HazardId? Hazard, DataUpdate? Update) Type(int line, string cell)
    {
        var words = cell.Split(':', 2);
        var name = Words().Replace(words[0].Trim().ToLowerInvariant(), " ");
        var kind = name switch
        {
            "message" or "information" or "info" or "notification" or "email" or "phone call" or "radio" => InjectKind.Message,
            "data update" or "update" or "situation report" or "sitrep" or "report" => InjectKind.DataUpdate,
            "decision point" or "decision" or "request for decision" => InjectKind.DecisionPoint,
            "hazard" or "event" => InjectKind.Hazard,
            _ => (InjectKind?)null,
        };
        if (kind is null)
        {
            Error(DrillDiagnosticCodes.MselCell, line, 3, $"Type '{cell}' is not an inject type: write message (or information, notification), data_update (or update, sitrep), decision_point (or decision), or 'hazard: <id>'.");
            return (null, null, null);
        }

        if (kind == InjectKind.DataUpdate && words.Length > 1)
        {
            var update = Update(line, words[1].Trim());
            return (update is null ? null : kind, null, update);
        }

        if (kind != InjectKind.Hazard)
        {
            if (words.Length > 1)
            {
                Error(DrillDiagnosticCodes.MselCell, line, 3, $"Type '{cell}': only a hazard or a data update names something after ':' (hazard: <id>, data_update: <update>).");
            }

            return (kind, null, null);
        }

        var hazard = words.Length > 1 ? words[1].Trim() : string.Empty;
        if (hazard.Length == 0)
        {
            Error(DrillDiagnosticCodes.MselCell, line, 3, $"Type '{cell}': a hazard inject names the scenario's hazard it forces, 'hazard: <id>' ({Listed(drill.Scenario.Hazards.Select(h => h.Id.Value))}).");
            return (null, null, null);
        }

        if (!drill.Scenario.Hazards.Any(h => h.Id.Value == hazard))
        {
            Error(DrillDiagnosticCodes.MselUnknownName, line, 3, $"'{hazard}' is not one of the scenario's hazards: {Listed(drill.Scenario.Hazards.Select(h => h.Id.Value))}.");
            return (null, null, null);
        }

        if (!forced.TryAdd(hazard, line))
        {
            Error(DrillDiagnosticCodes.MselConflict, line, 3, $"hazard '{hazard}' is already forced by the inject on line {forced[hazard]}; a hazard strikes once.");
        }

        return (kind, new HazardId(hazard), null);
    }

    /// <summary>The update after 'data_update:': surge, displacement, link or depot, in the formats <see cref="MselExport"/> writes.</summary>
    private DataUpdate? Update(int line, string text)
    {
        const string Formats = "'surge <city> <commodity> x<multiplier> for <duration>', 'displacement <people> from <city> to <city> [for <duration>]', 'link <id> open|closed|degraded [x<slowdown>]' or 'depot <id> loading <share> for <duration>'";
        if (SurgeFormat().Match(text) is { Success: true } s)
        {
            var multiplier = double.Parse(s.Groups[3].Value, CultureInfo.InvariantCulture);
            var city = Known(line, s.Groups[1].Value, "cities", drill.Scenario.Network.Cities.Select(c => c.Id.Value));
            var commodity = Known(line, s.Groups[2].Value, "commodities", drill.Scenario.Commodities.Select(c => c.Id.Value));
            var duration = Positive(line, s.Groups[4].Value);
            if (multiplier <= 1)
            {
                Error(DrillDiagnosticCodes.MselCell, line, 3, $"a surge's multiplier raises need and must be above 1, not {s.Groups[3].Value}.");
            }

            return city is null || commodity is null || duration is null || multiplier <= 1 ? null : new NeedSurge(new CityId(city), new CommodityId(commodity), multiplier, duration.Value);
        }

        if (DisplacementFormat().Match(text) is { Success: true } d)
        {
            var people = double.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture);
            var from = Known(line, d.Groups[2].Value, "cities", drill.Scenario.Network.Cities.Select(c => c.Id.Value));
            var to = Known(line, d.Groups[3].Value, "cities", drill.Scenario.Network.Cities.Select(c => c.Id.Value));
            var duration = d.Groups[4].Success ? Positive(line, d.Groups[4].Value) : null;
            return from is null || to is null || people <= 0 || from == to || (d.Groups[4].Success && duration is null)
                ? Invalid(line, text, Formats)
                : new PopulationMove(new CityId(from), new CityId(to), people, duration);
        }

        if (LinkFormat().Match(text) is { Success: true } l)
        {
            var link = Known(line, l.Groups[1].Value, "links", drill.Scenario.Network.Links.Select(x => x.Id.Value));
            var state = Enum.Parse<LinkState>(l.Groups[2].Value, ignoreCase: true);
            var slowdown = l.Groups[3].Success ? double.Parse(l.Groups[3].Value, CultureInfo.InvariantCulture) : Network.Routing.RoadGraph.DefaultDegradedSlowdown;
            return link is null || slowdown < 1 || (l.Groups[3].Success && state != LinkState.Degraded) ? Invalid(line, text, Formats) : new LinkStateReport(new LinkId(link), state, slowdown);
        }

        if (DepotFormat().Match(text) is { Success: true } p)
        {
            var depot = Known(line, p.Groups[1].Value, "depots", drill.Scenario.Network.Depots.Select(x => x.Id.Value));
            var share = double.Parse(p.Groups[2].Value, CultureInfo.InvariantCulture);
            var duration = Positive(line, p.Groups[3].Value);
            return depot is null || share is <= 0 or > 1 || duration is null ? Invalid(line, text, Formats) : new DepotLoadingReport(new DepotId(depot), new Fraction(share), duration.Value);
        }

        return Invalid(line, text, Formats);
    }

    private DataUpdate? Invalid(int line, string text, string formats)
    {
        Error(DrillDiagnosticCodes.MselCell, line, 3, $"'data_update: {text}' is not an update: write {formats}.");
        return null;
    }

    private string? Known(int line, string id, string what, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        if (list.Contains(id))
        {
            return id;
        }

        Error(DrillDiagnosticCodes.MselUnknownName, line, 3, $"'{id}' is not one of the scenario's {what}: {Listed(list)}.");
        return null;
    }

    private Duration? Positive(int line, string text)
    {
        if (Durations(text) is > 0 and var hours)
        {
            return new Duration(hours);
        }

        Error(DrillDiagnosticCodes.MselCell, line, 3, $"'{text}' is not a duration above zero such as '12h' or '1d 6h'.");
        return null;
    }

    private List<ExpectedAction>? Actions(int line, string actionsCell, string limitsCell, string? injectId)
    {
        var actions = actionsCell.Length == 0 ? [] : ActionSeparator().Split(actionsCell);
        var limits = limitsCell.Length == 0 ? [] : limitsCell.Split(';', StringSplitOptions.TrimEntries);
        if (actions.Length != limits.Length)
        {
            Error(DrillDiagnosticCodes.MselConflict, line, 9, $"Time Limit has {limits.Length} value{(limits.Length == 1 ? string.Empty : "s")} for {actions.Length} expected player action{(actions.Length == 1 ? string.Empty : "s")}; give one limit per action, '; ' between them, in the same order.");
            return null;
        }

        var list = new List<ExpectedAction>();
        for (var k = 0; k < actions.Length; k++)
        {
            var within = Durations(limits[k]);
            if (within is not > 0)
            {
                Error(DrillDiagnosticCodes.MselCell, line, 9, $"Time Limit '{limits[k]}' is not a duration above zero such as '12h' or '1d 6h'.");
            }

            if (Action(line, actions[k].Trim(), injectId, k + 1) is { } action && within is > 0)
            {
                list.Add(action with { Within = new Duration(within.Value) });
            }
        }

        return list.Count == actions.Length ? list : null;
    }

    private ExpectedAction? Action(int line, string cell, string? injectId, int number)
    {
        var match = ActionFormat().Match(cell);
        if (!match.Success)
        {
            Error(DrillDiagnosticCodes.MselCell, line, 7, $"expected player action '{cell}' is not '[<id>:] <text> [<commodity> ≥ <amount> to <city>]', e.g. 'water-old-town: Water reaches Old Town [water ≥ 500 t to old-town]'.");
            return null;
        }

        var id = match.Groups["id"].Success ? Id(line, 7, match.Groups["id"].Value, "an expected player action's id") : $"{injectId}-{number}";
        if (id is not null && !actionIds.TryAdd(id, line))
        {
            Error(DrillDiagnosticCodes.MselConflict, line, 7, $"expected player action id '{id}' is used twice (first on line {actionIds[id]}).");
            id = null;
        }

        var cityId = match.Groups["city"].Value;
        var city = drill.Scenario.Network.Cities.FirstOrDefault(c => c.Id.Value == cityId);
        if (city is null)
        {
            Error(DrillDiagnosticCodes.MselUnknownName, line, 7, $"'{cityId}' is not one of the scenario's cities: {Listed(drill.Scenario.Network.Cities.Select(c => c.Id.Value))}.");
        }

        var commodityId = match.Groups["commodity"].Value;
        var commodity = drill.Scenario.Commodities.FirstOrDefault(c => c.Id.Value == commodityId);
        double? amount = null;
        if (commodity is null)
        {
            Error(DrillDiagnosticCodes.MselUnknownName, line, 7, $"'{commodityId}' is not one of the scenario's commodities: {Listed(drill.Scenario.Commodities.Select(c => c.Id.Value))}.");
        }
        else
        {
            var units = new CommodityUnits(commodity).Amounts;
            var text = match.Groups["amount"].Value;
            if (QuantityText.TrySplit(text, out var value, out var unit) && units.TryFactor(unit, out var factor) && value > 0)
            {
                amount = value * factor;
            }
            else
            {
                Error(DrillDiagnosticCodes.MselCell, line, 7, $"amount '{text}' is not an amount of {commodity.Id} above zero: a number and one of {units.Accepted} (e.g. '500 {units.Units.Last()}').");
            }
        }

        var words = match.Groups["text"].Value.Trim();
        return id is null || city is null || commodity is null || amount is null
            ? null
            : new ExpectedAction(id, words.Length == 0 ? $"{commodity.Id} ≥ {match.Groups["amount"].Value} to {city.Id}" : words, new CityId(city.Id.Value), new CommodityId(commodity.Id.Value), new Amount(amount.Value), Duration.Zero);
    }

    private string? Id(int line, int column, string cell, string what)
    {
        var valid = cell.Length is > 0 and <= MaxIdLength && char.IsAsciiLetterOrDigit(cell[0]) && cell.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        if (!valid)
        {
            Error(DrillDiagnosticCodes.MselCell, line, column, cell.Length == 0
                ? $"{what} is empty; it is required."
                : $"{what} '{cell}' is not a valid id: use 1 to {MaxIdLength} letters, digits, '-', '_' or '.', starting with a letter or digit.");
            return null;
        }

        return cell;
    }

    private string? Required(int line, int column, string cell, string what)
    {
        if (cell.Length == 0)
        {
            Error(DrillDiagnosticCodes.MselCell, line, column, $"{what} is empty; it is required.");
            return null;
        }

        return cell;
    }

    private static string? Optional(string cell) => cell.Length == 0 ? null : cell;

    private static string Listed(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }

    private void Error(string code, int line, int column, string message) =>
        bag.Error(code, new SourceLocation(path, line, columns[column] + 1), $"{MselExport.Columns[column]}: {message}");

    [GeneratedRegex(@"^surge\s+(\S+)\s+(\S+)\s+[x×]\s*(\d+(?:\.\d+)?)\s+for\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SurgeFormat();

    [GeneratedRegex(@"^displacement\s+(\d+(?:\.\d+)?)\s+from\s+(\S+)\s+to\s+(\S+?)(?:\s+for\s+(.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex DisplacementFormat();

    [GeneratedRegex(@"^link\s+(\S+)\s+(open|closed|degraded)(?:\s+[x×]\s*(\d+(?:\.\d+)?))?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkFormat();

    [GeneratedRegex(@"^depot\s+(\S+)\s+loading\s+(\d+(?:\.\d+)?)\s+for\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DepotFormat();

    [GeneratedRegex(@"^if\s+missed\s*:\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex IfMissed();

    [GeneratedRegex(@"^(\d{1,4}):([0-5]\d)$")]
    private static partial Regex Clock();

    [GeneratedRegex(@"^\s*(?:\d+(?:\.\d+)?\s*(?:min|h|d|w)\s*)+$")]
    private static partial Regex DurationList();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*(min|h|d|w)")]
    private static partial Regex DurationPart();

    [GeneratedRegex(@"[\s_-]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<=\])\s*;\s*")]
    private static partial Regex ActionSeparator();

    [GeneratedRegex(@"^(?:(?<id>[A-Za-z0-9][A-Za-z0-9._-]*):\s+)?(?<text>[^\[]*?)\s*\[\s*(?<commodity>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:≥|>=)\s*(?<amount>[^\]]+?)\s+to\s+(?<city>[A-Za-z0-9][A-Za-z0-9._-]*)\s*\]$")]
    private static partial Regex ActionFormat();
}
