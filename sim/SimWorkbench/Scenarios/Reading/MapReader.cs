using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>
/// Reads the keys of one mapping and remembers which it asked for, so that whatever else the
/// mapping holds is reported as an unknown key with the nearest known one.
/// </summary>
internal sealed class MapReader(ReadContext context, YamlMap map, string what)
{
    private readonly List<string> known = [];

    public ReadContext Context { get; } = context;

    public YamlMap Map { get; } = map;

    /// <summary>The mapping for messages, e.g. "city 'central'".</summary>
    public string What { get; } = what;

    /// <summary>The value of an optional key, or null when absent or empty.</summary>
    public YamlNode? Optional(string key)
    {
        known.Add(key);
        var node = Map.Get(key);
        return node is YamlScalar { IsNull: true } ? null : node;
    }

    /// <summary>The value of a required key, or null after reporting it missing.</summary>
    public YamlNode? Required(string key)
    {
        known.Add(key);
        switch (Map.Entry(key))
        {
            case null:
                Context.Bag.Error(DiagnosticCodes.MissingKey, Map.Location, $"{What} is missing required key '{key}'.");
                return null;
            case { Value: YamlScalar { IsNull: true } } empty:
                Context.Bag.Error(DiagnosticCodes.MissingKey, empty.Key.Location, $"'{key}' of {What} has no value.");
                return null;
            case { } entry:
                return entry.Value;
        }
    }

    /// <summary>"key of what", for value messages.</summary>
    public string Of(string key) => $"'{key}' of {What}";

    /// <summary>Reports every key not asked for.</summary>
    public void Finish()
    {
        foreach (var entry in Map.Entries)
        {
            if (Context.Bag.IsFull)
            {
                return;
            }

            if (!known.Contains(entry.Key.Value, StringComparer.Ordinal))
            {
                Context.Bag.Error(DiagnosticCodes.UnknownKey, entry.Key.Location,
                    $"unknown key '{entry.Key.Value}' in {What}{Suggestions.DidYouMean(entry.Key.Value, known, "expected one of")}");
            }
        }
    }
}
