using SimWorkbench.Hazards;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Reading;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Checks;

/// <summary>
/// Finds chains of cascade rules that could go round for ever: rule A's new hazard triggers rule
/// B, whose new hazard triggers A, and none of them has a generation limit. Rules link through
/// hazard kinds, so the search runs on the small graph of kinds (an edge per unlimited rule from
/// its trigger's kind to its effect's kind). Shortage triggers fire once per city and never chain.
/// </summary>
internal static class CascadeCycleCheck
{
    public static void Run(DiagnosticBag bag, IReadOnlyList<(CascadeRule Rule, YamlNode At)> rules)
    {
        var edges = new Dictionary<HazardKind, List<(HazardKind To, int Rule)>>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i].Rule;
            if (rule.GenerationLimit is null && rule.Trigger is HazardTrigger trigger)
            {
                if (!edges.TryGetValue(trigger.Kind, out var list))
                {
                    edges[trigger.Kind] = list = [];
                }

                list.Add((rule.Effect.Kind, i));
            }
        }

        var reported = new HashSet<int>();
        foreach (var start in Enum.GetValues<HazardKind>())
        {
            if (CycleFrom(start, edges) is not { } cycle || cycle.Any(reported.Contains))
            {
                continue;
            }

            reported.UnionWith(cycle);
            var names = string.Join(", ", cycle.Select(i => rules[i].Rule).Select(r =>
                $"'{r.Id}' ({Word(((HazardTrigger)r.Trigger).Kind)} → {Word(r.Effect.Kind)})"));
            bag.Error(DiagnosticCodes.CascadeCycle, rules[cycle.Min()].At.Location,
                $"cascade rules form a cycle with no generation limit: {names}; give one of them 'generation_limit' so the chain ends.");
        }
    }

    private static string Word(HazardKind kind) => Options.HazardKinds.First(x => x.Value == kind).Key;

    /// <summary>The rules of a cycle back to <paramref name="start"/> (breadth-first, so the shortest), or null.</summary>
    private static List<int>? CycleFrom(HazardKind start, Dictionary<HazardKind, List<(HazardKind To, int Rule)>> edges)
    {
        var via = new Dictionary<HazardKind, (HazardKind From, int Rule)>();
        var queue = new Queue<HazardKind>();
        queue.Enqueue(start);
        while (queue.TryDequeue(out var kind))
        {
            foreach (var (to, rule) in edges.GetValueOrDefault(kind) ?? [])
            {
                if (to == start)
                {
                    var path = new List<int> { rule };
                    for (var at = kind; at != start; at = via[at].From)
                    {
                        path.Add(via[at].Rule);
                    }

                    path.Reverse();
                    return path;
                }

                if (via.TryAdd(to, (kind, rule)))
                {
                    queue.Enqueue(to);
                }
            }
        }

        return null;
    }
}
