using SimWorkbench.Commodities;
using SimWorkbench.Hazards;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Reading;
using SimWorkbench.Scenarios.Yaml;
using SimWorkbench.Strategies;

namespace SimWorkbench.Drills.Reading;

/// <summary>
/// Reads a drill file's tree (<c>name</c>, <c>scenario</c>, <c>strategy</c>, <c>replication</c>,
/// <c>roles</c>, <c>injects</c>, <c>end</c>): loads the scenario first so that every reference to
/// its cities, commodities and hazards resolves with "did you mean".
/// </summary>
internal static class DrillReader
{
    private static readonly IReadOnlyDictionary<string, InjectKind> Kinds = new Dictionary<string, InjectKind>(StringComparer.Ordinal)
    {
        ["message"] = InjectKind.Message,
        ["hazard"] = InjectKind.Hazard,
        ["data_update"] = InjectKind.DataUpdate,
        ["decision_point"] = InjectKind.DecisionPoint,
    };

    /// <summary>The drill, or null after reporting why not; <paramref name="scenarioText"/> is its scenario as run (for the log's hash).</summary>
    public static Drill? Read(YamlMap root, string path, DiagnosticBag bag, out string? scenarioText)
    {
        scenarioText = null;
        var context = new ReadContext(bag);
        var top = new MapReader(context, root, "the drill");
        var name = context.Text(top.Required("name"), top.Of("name"));
        var scenarioNode = top.Required("scenario");
        var (scenario, resolved) = LoadScenario(context, scenarioNode, path, top.Of("scenario"));
        scenarioText = resolved;
        var strategyNode = top.Required("strategy");
        var strategy = scenario is null ? null
            : DrillYaml.Reference(context, strategyNode, top.Of("strategy"), "strategy", scenario.Strategies.Select(s => s.Id.Value));
        var replication = top.Optional("replication") is { } r ? ReadReplication(context, r, top.Of("replication")) : 0;
        var (end, until) = EndReader.Read(context, top.Required("end"), top.Of("end"));
        var roles = ReadRoles(context, context.List(top.Optional("roles"), top.Of("roles")));
        var injectNodes = context.List(top.Required("injects"), top.Of("injects"));
        top.Finish();
        if (scenario is null)
        {
            return null;
        }

        var injects = new InjectsReader(context, scenario, roles, end).Read(injectNodes);
        return bag.HasErrors || name is null || strategy is null || replication is null || end is null
            ? null
            : new Drill(name, scenario, new StrategyId(strategy), replication.Value, roles, injects, end.Value) { Until = until };
    }

    private static (Scenario? Scenario, string? ResolvedText) LoadScenario(ReadContext context, YamlNode? node, string drillPath, string what)
    {
        if (context.Text(node, what) is not { } relative)
        {
            return (null, null);
        }

        var folder = Path.GetDirectoryName(drillPath) ?? string.Empty;
        var scenarioPath = Path.Combine(folder, relative);
        var result = ScenarioLoader.Load(scenarioPath);

        // The scenario's errors are reported where they are, in the scenario; one that says the file
        // cannot be read is reported where the drill names it. Its warnings are the scenario's own
        // business (simwb validate shows them).
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            if (diagnostic.Code == DiagnosticCodes.UnreadableFile && diagnostic.Location.Path == scenarioPath)
            {
                context.Error(diagnostic.Code, node!, $"{what}: {diagnostic.Message}");
            }
            else
            {
                context.Bag.Error(diagnostic.Code, diagnostic.Location, diagnostic.Message);
            }
        }

        return (result.Scenario, result.ResolvedText);
    }

    private static int? ReadReplication(ReadContext context, YamlNode node, string what) =>
        context.Number(node, what) is { } value
            ? value >= 0 && value == Math.Floor(value) && value <= int.MaxValue ? (int)value : Invalid(context, node, what, value)
            : null;

    private static int? Invalid(ReadContext context, YamlNode node, string what, double value)
    {
        context.Error(DiagnosticCodes.OutOfRange, node, $"{what} is a replication number, a whole number from 0, not {ReadContext.Format(value)}.");
        return null;
    }

    private static List<DrillRole> ReadRoles(ReadContext context, IReadOnlyList<YamlNode> nodes)
    {
        var roles = new List<DrillRole>();
        var catalog = new Catalog();
        foreach (var (item, id) in catalog.Declare(context, nodes, new IdSet("role")))
        {
            item.Optional("id");
            var name = item.Optional("name") is { } n ? context.Text(n, item.Of("name")) : id;
            item.Finish();
            if (id is not null && name is not null)
            {
                roles.Add(new DrillRole(id, name));
            }
        }

        return roles;
    }

    /// <summary>Reads the injects: ids unique, times before the end, expectations, and contingencies that name an expectation.</summary>
    private sealed class InjectsReader(ReadContext context, Scenario scenario, IReadOnlyList<DrillRole> roles, Duration? end)
    {
        private readonly Dictionary<string, YamlNode> expectationIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, YamlNode> forced = new(StringComparer.Ordinal);
        private readonly List<(YamlNode Node, string What)> contingencies = [];

        public List<Inject> Read(IReadOnlyList<YamlNode> nodes)
        {
            var injects = new List<Inject>();
            foreach (var (item, id) in new Catalog().Declare(context, nodes, new IdSet("inject")))
            {
                if (ReadInject(item, id) is { } inject)
                {
                    injects.Add(inject);
                }
            }

            foreach (var (node, what) in contingencies)
            {
                DrillYaml.Reference(context, node, what, "expected action", expectationIds.Keys);
            }

            return injects;
        }

        private Inject? ReadInject(MapReader item, string? id)
        {
            item.Optional("id");
            var atNode = item.Optional("at");
            var ifMissedNode = item.Optional("if_missed");
            var at = atNode is null ? null : context.Duration(atNode, item.Of("at"), allowZero: true);
            var kind = context.Option(item.Required("kind"), item.Of("kind"), Kinds);
            var to = item.Optional("to") is { } t ? DrillYaml.Reference(context, t, item.Of("to"), "role", roles.Select(r => r.Id)) : null;
            var text = context.Text(item.Required("text"), item.Of("text"));
            var hazardNode = item.Optional("hazard");
            var hazard = hazardNode is null ? null
                : DrillYaml.Reference(context, hazardNode, item.Of("hazard"), "hazard", scenario.Hazards.Select(h => h.Id.Value));
            var ifMissed = ifMissedNode is null ? null : context.Id(ifMissedNode, item.Of("if_missed"));
            var expected = context.List(item.Optional("expect"), item.Of("expect")).Select((node, i) => ReadExpectation(node, $"expected action #{i + 1} of {item.What}")).ToList();
            var delivery = OptionalText(item, "delivery");
            var from = OptionalText(item, "from");
            var objective = OptionalText(item, "objective");
            var notes = OptionalText(item, "notes");
            var updateNode = item.Optional("update");
            var update = updateNode is null ? null : UpdateReader.Read(context, updateNode, item.Of("update"), scenario);
            item.Finish();
            if (updateNode is not null && kind is not null and not InjectKind.DataUpdate)
            {
                context.Error(DiagnosticCodes.Conflict, updateNode, $"{item.What} has an update but its kind is not 'data_update'.");
                return null;
            }

            var consistent = Check(item, atNode, ifMissedNode, kind, hazardNode, at);
            if (ifMissedNode is not null && ifMissed is not null)
            {
                contingencies.Add((ifMissedNode, item.Of("if_missed")));
            }

            if (hazard is not null && !forced.TryAdd(hazard, hazardNode!))
            {
                context.Error(DiagnosticCodes.Conflict, hazardNode!, $"hazard '{hazard}' is already forced by another inject (line {forced[hazard].Location.Line}); a hazard strikes once.");
                return null;
            }

            return !consistent || id is null || kind is null || text is null || (hazardNode is not null && hazard is null) || (updateNode is not null && update is null) || expected.Any(e => e is null)
                ? null
                : new Inject(id, at, kind.Value, to, text, hazard is null ? null : new HazardId(hazard), ifMissed, [.. expected.Select(e => e!)])
                {
                    Delivery = delivery,
                    From = from,
                    Objective = objective,
                    Notes = notes,
                    Update = update,
                };
        }

        private string? OptionalText(MapReader item, string key) => item.Optional(key) is { } node ? context.Text(node, item.Of(key)) : null;

        private bool Check(MapReader item, YamlNode? atNode, YamlNode? ifMissedNode, InjectKind? kind, YamlNode? hazardNode, Duration? at)
        {
            switch (atNode, ifMissedNode)
            {
                case (null, null):
                    context.Bag.Error(DiagnosticCodes.MissingKey, item.Map.Location, $"{item.What} needs 'at' (when it fires) or 'if_missed' (the expected action whose miss fires it).");
                    return false;
                case (not null, not null):
                    context.Error(DiagnosticCodes.Conflict, ifMissedNode, $"{item.What} has both 'at' and 'if_missed'; a contingency inject fires when its expectation is missed, so give one.");
                    return false;
            }

            if (kind == InjectKind.Hazard && hazardNode is null)
            {
                context.Bag.Error(DiagnosticCodes.MissingKey, item.Map.Location, $"{item.What} is a hazard inject and so needs 'hazard' (the id of one of the scenario's hazards).");
                return false;
            }

            if (kind is not null and not InjectKind.Hazard && hazardNode is not null)
            {
                context.Error(DiagnosticCodes.Conflict, hazardNode, $"{item.What} names a hazard but its kind is not 'hazard'.");
                return false;
            }

            if (at is { } time && end is { } e && time.Hours >= e.Hours)
            {
                context.Error(DrillDiagnosticCodes.AfterDrillEnd, atNode!, $"{item.Of("at")} is {time.Hours:G} h, at or after the drill's end ({e.Hours:G} h): it would never fire.");
                return false;
            }

            return true;
        }

        private ExpectedAction? ReadExpectation(YamlNode node, string fallback)
        {
            if (context.Map(node, fallback) is not { } item)
            {
                return null;
            }

            var idNode = item.Required("id");
            var id = context.Id(idNode, item.Of("id"));
            if (id is not null && !expectationIds.TryAdd(id, idNode!))
            {
                context.Error(DiagnosticCodes.DuplicateId, idNode!, $"duplicate expected action id '{id}' (first at line {expectationIds[id].Location.Line}).");
                id = null;
            }

            var text = context.Text(item.Required("text"), item.Of("text"));
            var city = DrillYaml.Reference(context, item.Required("city"), item.Of("city"), "city", scenario.Network.Cities.Select(c => c.Id.Value));
            var commodity = DrillYaml.Reference(context, item.Required("commodity"), item.Of("commodity"), "commodity", scenario.Commodities.Select(c => c.Id.Value));
            var amountNode = item.Required("amount");
            var amount = commodity is null ? null : Amount(amountNode, item.Of("amount"), scenario.Commodities.First(c => c.Id.Value == commodity));
            var within = context.Duration(item.Required("within"), item.Of("within"));
            item.Finish();
            return id is null || text is null || city is null || commodity is null || amount is null || within is null
                ? null
                : new ExpectedAction(id, text, new CityId(city), new CommodityId(commodity), amount.Value, within.Value);
        }

        private Amount? Amount(YamlNode? node, string what, Commodity commodity) =>
            context.Quantity(node, what, new CommodityUnits(commodity).Amounts, allowZero: false) is { } units ? new Amount(units) : null;
    }
}
