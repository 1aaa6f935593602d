using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Scenarios.Yaml;

/// <summary>A mapping: keys (always scalars, never repeated) and their values, in file order.</summary>
internal sealed class YamlMap(SourceLocation location, IReadOnlyList<YamlEntry> entries) : YamlNode(location)
{
    public IReadOnlyList<YamlEntry> Entries { get; } = entries;

    public override string Describe() => "a mapping";

    public YamlEntry? Entry(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public YamlNode? Get(string key) => Entry(key)?.Value;

    public YamlMap Without(string key) =>
        new(Location, [.. Entries.Where(e => !string.Equals(e.Key.Value, key, StringComparison.Ordinal))]);
}
