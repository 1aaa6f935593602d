using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Scenarios.Yaml;

/// <summary>A sequence: items in order.</summary>
internal sealed class YamlList(SourceLocation location, IReadOnlyList<YamlNode> items) : YamlNode(location)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Describe() => "a list";
}
