using SimWorkbench.Network;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Checks;

/// <summary>Warns about cities that no depot can reach over the links (following one-way links one way only).</summary>
internal static class ReachabilityCheck
{
    public static void Run(DiagnosticBag bag, IReadOnlyList<(City City, YamlNode At)> cities, IReadOnlyList<Depot> depots, IReadOnlyList<Link> links)
    {
        var next = new Dictionary<NodeId, List<NodeId>>();
        foreach (var link in links)
        {
            Add(next, link.From, link.To);
            if (!link.OneWay)
            {
                Add(next, link.To, link.From);
            }
        }

        var reached = new HashSet<NodeId>();
        var queue = new Queue<NodeId>();
        foreach (var depot in depots)
        {
            if (reached.Add(depot.Node))
            {
                queue.Enqueue(depot.Node);
            }
        }

        while (queue.TryDequeue(out var node))
        {
            foreach (var neighbour in next.GetValueOrDefault(node) ?? [])
            {
                if (reached.Add(neighbour))
                {
                    queue.Enqueue(neighbour);
                }
            }
        }

        foreach (var (city, at) in cities)
        {
            if (!reached.Contains(city.Node))
            {
                bag.Warning(DiagnosticCodes.UnreachableCity, at.Location,
                    $"no depot can reach city '{city.Id}': no chain of links joins it to any depot, so it can only be supplied by what it holds itself.");
            }
        }
    }

    private static void Add(Dictionary<NodeId, List<NodeId>> next, NodeId from, NodeId to)
    {
        if (!next.TryGetValue(from, out var list))
        {
            next[from] = list = [];
        }

        list.Add(to);
    }
}
