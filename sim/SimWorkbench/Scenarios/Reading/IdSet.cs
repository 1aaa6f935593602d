using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>The ids of one kind of item (cities, fleets…), where each was declared, for duplicates and references.</summary>
internal sealed class IdSet(string kind)
{
    private readonly Dictionary<string, YamlScalar> declared = new(StringComparer.Ordinal);

    /// <summary>The item kind for messages, e.g. "city".</summary>
    public string Kind { get; } = kind;

    public IReadOnlyCollection<string> Ids => declared.Keys;

    public bool Contains(string id) => declared.ContainsKey(id);

    public bool TryGet(string id, out YamlScalar declaration) => declared.TryGetValue(id, out declaration!);

    public void Add(string id, YamlScalar declaration) => declared.TryAdd(id, declaration);
}
