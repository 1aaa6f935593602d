using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Extends;
using SimWorkbench.Scenarios.Reading;

namespace SimWorkbench.Scenarios;

/// <summary>
/// Loads and validates scenario files. Never throws on bad input: whatever the file holds, the
/// answer is a <see cref="ScenarioLoadResult"/> with every problem found, each with its file,
/// line and column. It reads no file but the scenario and its <c>extends</c> chain (inside the
/// root folder tree), honours no YAML tags, and stops at the limits in <see cref="ScenarioLoadOptions"/>.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads the scenario file at <paramref name="path"/>.</summary>
    /// <param name="path">The file, as the user named it: diagnostics show it as given.</param>
    /// <param name="options">Root folder and limits; <see cref="ScenarioLoadOptions.Default"/> when null.</param>
    /// <returns>The scenario if valid, and the diagnostics.</returns>
    public static ScenarioLoadResult Load(string path, ScenarioLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ScenarioLoadOptions.Default;
        var bag = new DiagnosticBag();
        var start = new SourceLocation(path, 1, 1);
        if (FullPath(path, start, bag) is not { } fullPath)
        {
            return new ScenarioLoadResult(null, bag.Sorted());
        }

        var text = ScenarioFile.Read(fullPath, start, path, options.MaxFileBytes, bag);
        return text is null ? new ScenarioLoadResult(null, bag.Sorted()) : Load(text, path, fullPath, options, bag);
    }

    /// <summary>
    /// Loads a scenario from text, as if it were the content of the file at <paramref name="path"/>
    /// (which need not exist; <c>extends</c> is resolved from its folder).
    /// </summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="path">Where the text is deemed to come from, for diagnostics and <c>extends</c>.</param>
    /// <param name="options">Root folder and limits; <see cref="ScenarioLoadOptions.Default"/> when null.</param>
    /// <returns>The scenario if valid, and the diagnostics.</returns>
    public static ScenarioLoadResult Parse(string text, string path, ScenarioLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        options ??= ScenarioLoadOptions.Default;
        var bag = new DiagnosticBag();
        if (text.Length > options.MaxFileBytes)
        {
            bag.Error(DiagnosticCodes.TooLarge, new SourceLocation(path, 1, 1), $"the text is longer than {options.MaxFileBytes:N0} characters; a scenario needs far less.");
            return new ScenarioLoadResult(null, bag.Sorted());
        }

        return FullPath(path, new SourceLocation(path, 1, 1), bag) is { } fullPath
            ? Load(text, path, fullPath, options, bag)
            : new ScenarioLoadResult(null, bag.Sorted());
    }

    private static ScenarioLoadResult Load(string text, string path, string fullPath, ScenarioLoadOptions options, DiagnosticBag bag)
    {
        var folder = Path.GetDirectoryName(fullPath) ?? fullPath;
        var root = options.Root is { } given ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(given)) : folder;
        var resolver = new ExtendsResolver(options, root, bag);
        var tree = resolver.Resolve(text, path, fullPath);
        var scenario = tree is null ? null : ScenarioReader.Read(tree, bag);
        var valid = bag.HasErrors ? null : scenario;
        return new ScenarioLoadResult(valid, bag.Sorted(), text)
        {
            ResolvedText = valid is null ? null : resolver.Extended ? Resolved(tree!, path) : text,
        };
    }

    /// <summary>The merged tree of a scenario that extends another, as YAML, with a header saying where it came from.</summary>
    private static string Resolved(Yaml.YamlMap tree, string path) => Yaml.YamlTreeWriter.Write(tree,
    [
        $"The scenario {Path.GetFileName(path)} as run: its extends chain merged into one file.",
        "Comments and anchors of the original files are not kept.",
    ]);

    private static string? FullPath(string path, SourceLocation start, DiagnosticBag bag)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (ArgumentException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, start, $"'{path}' is not a valid file path.");
            return null;
        }
    }
}
