using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Scenarios.Yaml;

/// <summary>A scalar: text, kept as written.</summary>
internal sealed class YamlScalar(SourceLocation location, string value, bool isPlain) : YamlNode(location)
{
    public string Value { get; } = value;

    /// <summary>Written without quotes (so an empty value or <c>~</c> means nothing).</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>An empty plain value, <c>~</c> or <c>null</c>: the key is there but says nothing.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "nothing" : $"'{Shorten(Value)}'";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
