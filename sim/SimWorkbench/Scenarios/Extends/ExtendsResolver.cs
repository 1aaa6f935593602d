using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Extends;

/// <summary>
/// Follows <c>extends:</c> from a scenario to its base, and the base's base, within the root
/// folder tree and a depth limit, refusing cycles, and merges each layer over the one below.
/// </summary>
internal sealed class ExtendsResolver(ScenarioLoadOptions options, string rootFolder, DiagnosticBag bag)
{
    private const string ExtendsKey = "extends";

    private readonly List<string> _baseTexts = [];

    /// <summary>Whether the last <see cref="Resolve(string, string, string)"/> followed an <c>extends</c> (so the tree is not the file's alone).</summary>
    public bool Extended { get; private set; }

    /// <summary>
    /// The text of every file the last <see cref="Resolve(string, string, string)"/> read through
    /// <c>extends</c>, nearest base first: with the file's own text, everything the merged tree was
    /// built from (what a sweep's fingerprint covers).
    /// </summary>
    public IReadOnlyList<string> BaseTexts => _baseTexts;

    /// <summary>The merged tree of the file whose text is given, or null when it cannot be built.</summary>
    public YamlMap? Resolve(string text, string shownPath, string fullPath)
    {
        _baseTexts.Clear();
        return Resolve(text, shownPath, fullPath, [fullPath]);
    }

    private YamlMap? Resolve(string text, string shownPath, string fullPath, List<string> chain)
    {
        var tree = YamlTreeReader.Read(text, shownPath, options, bag);
        if (tree is null)
        {
            return null;
        }

        if (tree is not YamlMap map)
        {
            bag.Error(DiagnosticCodes.WrongType, tree.Location,
                $"a scenario is a mapping of keys (name, horizon, cities…) to values, not {tree.Describe()}.");
            return null;
        }

        if (map.Entry(ExtendsKey) is not { } extends)
        {
            return map;
        }

        Extended = true;
        var rest = map.Without(ExtendsKey);
        if (extends.Value is not YamlScalar { IsNull: false } target)
        {
            bag.Error(DiagnosticCodes.WrongType, extends.Value.Location,
                $"extends takes the path of a base scenario, e.g. 'extends: ../metro-earthquake.yaml', not {extends.Value.Describe()}.");
            return rest;
        }

        var baseShown = PathText.Join(shownPath, target.Value);
        string baseFull;
        try
        {
            baseFull = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath) ?? rootFolder, target.Value));
        }
        catch (ArgumentException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, target.Location, $"'{target.Value}' is not a valid file path.");
            return null;
        }

        if (!IsInside(baseFull, rootFolder) || !IsInside(ResolveLinks(baseFull), rootFolder))
        {
            bag.Error(DiagnosticCodes.ExtendsOutsideTree, target.Location,
                $"extends may only name files inside the scenario's folder tree ({rootFolder}); '{target.Value}' is outside it. A wider tree can be allowed (simwb validate --root <folder>).");
            return null;
        }

        if (chain.Contains(baseFull, StringComparer.Ordinal))
        {
            var names = chain.Append(baseFull).Select(Path.GetFileName);
            bag.Error(DiagnosticCodes.ExtendsCycle, target.Location, $"extends cycle: {string.Join(" → ", names)}.");
            return null;
        }

        if (chain.Count > options.MaxExtendsDepth)
        {
            bag.Error(DiagnosticCodes.ExtendsTooDeep, target.Location,
                $"more than {options.MaxExtendsDepth} levels of extends; flatten the chain.");
            return null;
        }

        var baseText = ScenarioFile.Read(baseFull, target.Location, baseShown, options.MaxFileBytes, bag);
        if (baseText is null)
        {
            return null;
        }

        _baseTexts.Add(baseText);
        var under = Resolve(baseText, baseShown, baseFull, [.. chain, baseFull]);
        return under is null ? null : (YamlMap)TreeMerger.Merge(under, rest, bag);
    }

    private static bool IsInside(string path, string folder)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The file a symbolic link finally points to, so that a link cannot lead out of the tree.</summary>
    private static string ResolveLinks(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }
}
