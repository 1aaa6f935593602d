using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Extends;

/// <summary>
/// Lays a what-if over its base: mappings merge key by key, lists of items with an <c>id</c>
/// merge by id (an item with <c>remove: true</c> deletes the base's item), and anything else
/// replaces the base's value. Nodes keep the file and position they came from.
/// </summary>
internal static class TreeMerger
{
    private const string RemoveKey = "remove";

    public static YamlNode Merge(YamlNode under, YamlNode over, DiagnosticBag bag) => (under, over) switch
    {
        (YamlMap a, YamlMap b) => MergeMaps(a, b, bag),
        (YamlList a, YamlList b) when b.Items.Count > 0 && IsIdList(a) && IsIdList(b) => MergeById(a, b, bag),
        _ => over,
    };

    private static YamlMap MergeMaps(YamlMap under, YamlMap over, DiagnosticBag bag)
    {
        var entries = new List<YamlEntry>(under.Entries.Count + over.Entries.Count);
        foreach (var entry in under.Entries)
        {
            entries.Add(over.Entry(entry.Key.Value) is { } replaced
                ? new YamlEntry(replaced.Key, Merge(entry.Value, replaced.Value, bag))
                : entry);
        }

        foreach (var entry in over.Entries)
        {
            if (under.Entry(entry.Key.Value) is null)
            {
                entries.Add(entry);
            }
        }

        return new YamlMap(over.Location, entries);
    }

    private static YamlList MergeById(YamlList under, YamlList over, DiagnosticBag bag)
    {
        var items = under.Items.Cast<YamlMap>().ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            index.TryAdd(IdOf(items[i]).Value, i);
        }

        var removed = new HashSet<int>();
        var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        foreach (var item in over.Items.Cast<YamlMap>())
        {
            var id = IdOf(item);
            if (!seen.TryAdd(id.Value, id))
            {
                bag.Error(DiagnosticCodes.DuplicateId, id.Location,
                    $"duplicate id '{id.Value}' (first at line {seen[id.Value].Location.Line}); merge the two items into one.");
                continue;
            }

            var remove = Removes(item, bag);
            var rest = item.Without(RemoveKey);
            if (index.TryGetValue(id.Value, out var at))
            {
                if (remove)
                {
                    removed.Add(at);
                }
                else
                {
                    items[at] = (YamlMap)Merge(items[at], rest, bag);
                }
            }
            else if (remove)
            {
                bag.Error(DiagnosticCodes.NothingToRemove, id.Location,
                    $"nothing to remove: the base has no item '{id.Value}'{Suggestions.DidYouMean(id.Value, index.Keys, "its items")}");
            }
            else
            {
                index[id.Value] = items.Count;
                items.Add(rest);
            }
        }

        return new YamlList(over.Location, [.. items.Where((_, i) => !removed.Contains(i))]);
    }

    private static bool Removes(YamlMap item, DiagnosticBag bag)
    {
        if (item.Get(RemoveKey) is not { } value)
        {
            return false;
        }

        if (value is YamlScalar { Value: "true" or "false" } flag)
        {
            return flag.Value == "true";
        }

        bag.Error(DiagnosticCodes.WrongType, value.Location, $"remove takes true or false, not {value.Describe()}.");
        return false;
    }

    private static bool IsIdList(YamlList list) =>
        list.Items.All(item => item is YamlMap map && map.Get("id") is YamlScalar { IsNull: false });

    private static YamlScalar IdOf(YamlMap item) => (YamlScalar)item.Get("id")!;
}
