namespace SimWorkbench.Scenarios.Yaml;

/// <summary>One key and its value in a mapping.</summary>
internal readonly record struct YamlEntry(YamlScalar Key, YamlNode Value);
