using SimWorkbench.Hazards;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads a hazard's <c>targets:</c>, a list of city, depot and link ids.</summary>
internal static class TargetsReader
{
    /// <summary>The targets, or null when any failed to resolve (reported).</summary>
    public static IReadOnlyList<Target>? Read(ReadContext context, Catalog catalog, YamlNode? node, string what)
    {
        var targets = new List<Target>();
        var ok = true;
        foreach (var item in context.List(node, what))
        {
            switch (context.Reference(item, $"a target of {what}", catalog.Cities, catalog.Depots, catalog.Links))
            {
                case null:
                    ok = false;
                    break;
                case var id when catalog.Cities.Contains(id):
                    targets.Add(new Target(TargetType.City, id));
                    break;
                case var id when catalog.Depots.Contains(id):
                    targets.Add(new Target(TargetType.Depot, id));
                    break;
                case var id:
                    targets.Add(new Target(TargetType.Link, id));
                    break;
            }
        }

        return ok ? targets : null;
    }
}
