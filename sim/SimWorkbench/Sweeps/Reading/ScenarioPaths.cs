using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Sweeps.Reading;

/// <summary>
/// Addresses a scenario's merged YAML tree with dotted paths: mapping keys by name, items of a
/// list by their <c>id</c> (so <c>fleets.national-trucks.vehicles</c> is the <c>vehicles</c> of
/// the fleet whose id is <c>national-trucks</c>). Ids may themselves hold dots: the longest id
/// that matches wins.
/// </summary>
internal static class ScenarioPaths
{
    private const string IdKey = "id";

    /// <summary>The path's segments if it names a value of <paramref name="root"/>, else null.</summary>
    public static IReadOnlyList<string>? Resolve(YamlMap root, string path)
    {
        var parts = path.Split('.');
        if (parts[^1] == IdKey)
        {
            return null; // an id names an item; changing it would break every reference to it
        }

        var steps = new List<string>();
        return Walk(root, parts, 0, steps) ? steps : null;
    }

    /// <summary>A copy of <paramref name="root"/> with the value at the resolved <paramref name="steps"/> replaced.</summary>
    public static YamlMap Replace(YamlMap root, IReadOnlyList<string> steps, YamlNode value) =>
        (YamlMap)Replace((YamlNode)root, steps, 0, value);

    /// <summary>Every path to a scalar in the tree (the values a sweep may vary), in file order.</summary>
    public static IReadOnlyList<string> All(YamlMap root)
    {
        var paths = new List<string>();
        Collect(root, string.Empty, paths);
        return paths;
    }

    /// <summary>The valid paths nearest to <paramref name="given"/>, nearest first: those sharing its longest valid prefix, ranked by edit distance.</summary>
    public static IReadOnlyList<string> Nearest(YamlMap root, string given, int count)
    {
        var all = All(root);
        var parts = given.Split('.');
        for (var keep = parts.Length - 1; keep >= 0; keep--)
        {
            var prefix = keep == 0 ? string.Empty : string.Join('.', parts[..keep]) + ".";
            var under = all.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (under.Count > 0)
            {
                return [.. Rank(given, under).Take(count)];
            }
        }

        return [];
    }

    private static IEnumerable<string> Rank(string given, List<string> candidates)
    {
        var left = new List<string>(candidates);
        while (left.Count > 0 && Suggestions.Nearest(given, left) is { } nearest)
        {
            yield return nearest.Candidate;
            left.Remove(nearest.Candidate);
        }
    }

    private static bool Walk(YamlNode node, string[] parts, int at, List<string> steps)
    {
        if (at == parts.Length)
        {
            return node is YamlScalar;
        }

        switch (node)
        {
            case YamlMap map when map.Get(parts[at]) is { } child:
                steps.Add(parts[at]);
                return Walk(child, parts, at + 1, steps);
            case YamlList list:
                for (var end = parts.Length; end > at; end--)
                {
                    var id = string.Join('.', parts[at..end]);
                    if (ItemWithId(list, id) is { } item)
                    {
                        steps.Add(id);
                        if (Walk(item, parts, end, steps))
                        {
                            return true;
                        }

                        steps.RemoveAt(steps.Count - 1);
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static YamlNode Replace(YamlNode node, IReadOnlyList<string> steps, int at, YamlNode value)
    {
        if (at == steps.Count)
        {
            return value;
        }

        return node switch
        {
            YamlMap map => new YamlMap(map.Location, [.. map.Entries.Select(e =>
                string.Equals(e.Key.Value, steps[at], StringComparison.Ordinal) ? e with { Value = Replace(e.Value, steps, at + 1, value) } : e)]),
            YamlList list => new YamlList(list.Location, [.. list.Items.Select(item =>
                item is YamlMap m && IdOf(m) == steps[at] ? Replace(item, steps, at + 1, value) : item)]),
            _ => throw new InvalidOperationException($"Path step '{steps[at]}' does not lead into {node.Describe()}: resolve the path first."),
        };
    }

    private static void Collect(YamlNode node, string prefix, List<string> paths)
    {
        switch (node)
        {
            case YamlScalar:
                paths.Add(prefix);
                break;
            case YamlMap map:
                foreach (var entry in map.Entries.Where(e => e.Key.Value != IdKey))
                {
                    Collect(entry.Value, prefix.Length == 0 ? entry.Key.Value : prefix + "." + entry.Key.Value, paths);
                }

                break;
            case YamlList list:
                foreach (var item in list.Items)
                {
                    if (item is YamlMap m && IdOf(m) is { } id)
                    {
                        Collect(item, prefix + "." + id, paths);
                    }
                }

                break;
        }
    }

    private static YamlMap? ItemWithId(YamlList list, string id) =>
        list.Items.OfType<YamlMap>().FirstOrDefault(m => IdOf(m) == id);

    private static string? IdOf(YamlMap item) => item.Get(IdKey) is YamlScalar { IsNull: false } id ? id.Value : null;
}
