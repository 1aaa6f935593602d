using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Reading;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Drills.Reading;

/// <summary>Reads a drill or order file into the scenario loader's positioned YAML tree, with the same limits and diagnostics.</summary>
internal static class DrillYaml
{
    /// <summary>The file's top-level mapping and its text, or nulls after reporting why not.</summary>
    public static (YamlMap? Root, string? Text) Read(string path, string what, DiagnosticBag bag)
    {
        var start = new SourceLocation(path, 1, 1);
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (ArgumentException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, start, $"'{path}' is not a valid file path.");
            return (null, null);
        }

        var options = ScenarioLoadOptions.Default;
        var text = ScenarioFile.Read(fullPath, start, path, options.MaxFileBytes, bag);
        if (text is null)
        {
            return (null, null);
        }

        var root = YamlTreeReader.Read(text, path, options, bag);
        if (root is null)
        {
            return (null, text);
        }

        var map = new ReadContext(bag).Map(root, what)?.Map;
        return (map, text);
    }

    /// <summary>The id of one of <paramref name="ids"/>, or null after an error naming the nearest one.</summary>
    public static string? Reference(ReadContext context, YamlNode? node, string what, string kind, IEnumerable<string> ids)
    {
        var set = new IdSet(kind);
        var declared = new SourceLocation(string.Empty, 1, 1);
        foreach (var id in ids)
        {
            set.Add(id, new YamlScalar(declared, id, isPlain: true));
        }

        return context.Reference(node, what, set);
    }
}
