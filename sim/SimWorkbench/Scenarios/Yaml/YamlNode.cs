using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Scenarios.Yaml;

/// <summary>
/// A node of a scenario file: a mapping, a list or a scalar, with where it starts. Immutable;
/// an alias shares the anchored node. Scalars stay text: the schema decides what they mean,
/// and no YAML tag is ever used to choose a type.
/// </summary>
internal abstract class YamlNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>What the node is, for messages: "a mapping", "a list", "'abc'".</summary>
    public abstract string Describe();
}
