using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Reading;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Drills.Reading;

/// <summary>
/// Reads a drill's <c>end</c>: a time (<c>72h</c>), <c>{ at: 72h }</c>, or
/// <c>{ when: all_assessed | { service_level: 0.95, for: 24h }, latest: 7d }</c>.
/// </summary>
internal static class EndReader
{
    public static (Duration? End, EndCondition? Until) Read(ReadContext context, YamlNode? node, string what)
    {
        if (node is not YamlMap map)
        {
            return (context.Duration(node, what), null);
        }

        var item = new MapReader(context, map, what);
        var atNode = item.Optional("at");
        var whenNode = item.Optional("when");
        var latestNode = item.Optional("latest");
        var result = (atNode, whenNode) switch
        {
            (not null, null) when latestNode is null => (context.Duration(atNode, item.Of("at")), null),
            (null, not null) when latestNode is not null => When(context, whenNode, latestNode, item),
            (not null, _) => Conflict(context, atNode, $"{what} has 'at' and also {(whenNode is null ? "'latest'" : "'when'")}: give 'at' for a fixed end, or 'when' with 'latest' to end on a condition."),
            (null, not null) => Missing(context, map, $"{what} has 'when' but no 'latest': give the time the drill ends if the condition never holds (e.g. latest: 7d)."),
            _ => Missing(context, map, $"{what} needs 'at' (a fixed end) or 'when' and 'latest' (end on a condition)."),
        };
        item.Finish();
        return result;
    }

    private static (Duration?, EndCondition?) When(ReadContext context, YamlNode whenNode, YamlNode latestNode, MapReader end)
    {
        var latest = context.Duration(latestNode, end.Of("latest"));
        var what = end.Of("when");
        EndCondition? condition = null;
        if (whenNode is YamlScalar { Value: "all_assessed" })
        {
            condition = new AllAssessedCondition();
        }
        else if (whenNode is YamlMap map)
        {
            var item = new MapReader(context, map, what);
            var levelNode = item.Required("service_level");
            var level = context.Factor(levelNode, item.Of("service_level"));
            var forNode = item.Required("for");
            var span = context.Duration(forNode, item.Of("for"));
            item.Finish();
            if (span is { } s && latest is { } l && s.Hours >= l.Hours)
            {
                context.Error(DrillDiagnosticCodes.EndNeverHolds, forNode!, $"{item.Of("for")} is {s.Hours:G} h, not shorter than the drill's latest end ({l.Hours:G} h): the condition could never end it early.");
                span = null;
            }

            condition = level is { } v && span is { } d ? new ServiceLevelCondition(v, d) : null;
        }
        else
        {
            context.Error(DiagnosticCodes.UnknownOption, whenNode, $"{what} is all_assessed or {{ service_level: 0.95, for: 24h }} (every city's service level at least 0.95 for 24 h), not {whenNode.Describe()}.");
        }

        return (latest, condition);
    }

    private static (Duration?, EndCondition?) Conflict(ReadContext context, YamlNode node, string message)
    {
        context.Error(DiagnosticCodes.Conflict, node, message);
        return (null, null);
    }

    private static (Duration?, EndCondition?) Missing(ReadContext context, YamlMap map, string message)
    {
        context.Bag.Error(DiagnosticCodes.MissingKey, map.Location, message);
        return (null, null);
    }
}
