using System.Security.Cryptography;
using System.Text;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Extends;
using SimWorkbench.Scenarios.Reading;
using SimWorkbench.Scenarios.Yaml;
using SimWorkbench.Strategies;

namespace SimWorkbench.Sweeps.Reading;

/// <summary>Reads a sweep file's tree: its base scenario, parameters, design and what to keep; then builds and validates every point.</summary>
internal static class SweepReader
{
    private const long MaxPoints = 1_000_000;
    private const long MaxReplications = 100_000;
    private const int MaxListedValues = 10_000;

    private static readonly Dictionary<string, DesignKind> Designs = new(StringComparer.Ordinal)
    {
        ["grid"] = DesignKind.Grid,
        ["random"] = DesignKind.Random,
        ["latin_hypercube"] = DesignKind.LatinHypercube,
    };

    private static readonly Dictionary<string, DistributionKind> Distributions = new(StringComparer.Ordinal)
    {
        ["uniform"] = DistributionKind.Uniform,
        ["log_uniform"] = DistributionKind.LogUniform,
        ["integer"] = DistributionKind.WholeNumber,
    };

    /// <summary>The series' names in sweep files and in the series table.</summary>
    public static IReadOnlyDictionary<string, SeriesKind> SeriesNames { get; } = new Dictionary<string, SeriesKind>(StringComparer.Ordinal)
    {
        ["service_level"] = SeriesKind.ServiceLevel,
        ["need"] = SeriesKind.Need,
        ["served"] = SeriesKind.Served,
    };

    public static Sweep? Read(string text, string path, string fullPath, SweepLoadOptions options, DiagnosticBag bag)
    {
        if (YamlTreeReader.Read(text, path, ScenarioLoadOptions.Default, bag) is not { } tree)
        {
            return null;
        }

        var context = new ReadContext(bag);
        if (context.Map(tree, "a sweep") is not { } top)
        {
            return null;
        }

        var name = top.Optional("name") is { } n ? context.Text(n, top.Of("name")) : Path.GetFileNameWithoutExtension(path);
        var scenarioNode = top.Required("scenario");
        var scenarioPath = context.Text(scenarioNode, top.Of("scenario"));
        var designNode = top.Optional("design");
        var parametersNode = top.Required("parameters");
        var strategiesNode = top.Optional("strategies");
        var replicationsNode = top.Optional("replications");
        var seedNode = top.Optional("seed");
        var metricsNode = top.Optional("metrics");
        var seriesNode = top.Optional("series");
        top.Finish();

        var design = designNode is null ? new SweepDesign(DesignKind.Grid, null) : ReadDesign(context, designNode);
        var replications = replicationsNode is null ? null : context.Count(replicationsNode, top.Of("replications"), MaxReplications);
        var seed = seedNode is null ? null : context.Seed(seedNode, top.Of("seed"));
        var series = ReadSeries(context, seriesNode, top.Of("series"));
        if (scenarioPath is null || name is null
            || LoadBase(scenarioPath, scenarioNode!, path, fullPath, options, bag) is not var (baseTree, baseScenario, baseTexts))
        {
            return null;
        }

        var (parameters, sites) = ReadParameters(context, parametersNode, top.Of("parameters"), baseTree);
        var strategies = strategiesNode is null ? [.. baseScenario.Strategies.Select(s => s.Id)] : ReadStrategies(context, strategiesNode, top.Of("strategies"), baseScenario);
        var metrics = ReadMetrics(context, metricsNode, top.Of("metrics"), baseScenario);
        if (parameters is null || design is null || strategies is null || metrics is null || series is null
            || (replicationsNode is not null && replications is null) || (seedNode is not null && seed is null))
        {
            return null;
        }

        if (design.Kind == DesignKind.Grid && parameters.FirstOrDefault(p => p.Values is null) is { } drawn)
        {
            context.Error(DiagnosticCodes.Conflict, designNode ?? parametersNode!,
                $"a grid takes every combination of listed values, but parameter '{drawn.Path}' has a distribution; list its values (or a range), or use a random or latin_hypercube design.");
            return null;
        }

        var runsPerPoint = (double)strategies.Count * (replications ?? baseScenario.Replications);
        var points = DesignSampler.Count(parameters, design);
        if (points * runsPerPoint > options.MaxRuns)
        {
            var at = designNode ?? parametersNode!;
            context.Error(SweepDiagnosticCodes.SweepTooLarge, at,
                $"this sweep has {points * runsPerPoint:N0} runs ({points:N0} points × {strategies.Count} strategies × {replications ?? baseScenario.Replications} replications), over the limit of {options.MaxRuns:N0}; shrink it, or raise the limit (simwb sweep --max-runs) if you mean it.");
            return null;
        }

        var sweepSeed = seed ?? baseScenario.Seed;
        var sweep = new Sweep(
            name,
            baseScenario,
            baseTree,
            parameters,
            sites,
            design,
            DesignSampler.Points(parameters, design, sweepSeed),
            strategies,
            (int)(replications ?? baseScenario.Replications),
            sweepSeed,
            metrics,
            series,
            Fingerprint(text, baseTexts));
        // Warnings were given once, for the base scenario: a point that changes a fleet breaks parity by design.
        foreach (var point in sweep.Points)
        {
            if (bag.IsFull)
            {
                break;
            }

            var pointBag = new DiagnosticBag();
            sweep.Read(point, pointBag);
            foreach (var problem in pointBag.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                bag.Error(problem.Code, problem.Location, problem.Message);
            }
        }

        return bag.HasErrors ? null : sweep;
    }

    /// <summary>The base scenario's merged tree and scenario, and the texts it was built from: its own file's, then every file it extends.</summary>
    private static (YamlMap Tree, Scenario Scenario, IReadOnlyList<string> Texts)? LoadBase(
        string scenarioPath, YamlNode node, string sweepPath, string sweepFullPath, SweepLoadOptions options, DiagnosticBag bag)
    {
        var shown = PathText.Join(sweepPath, scenarioPath);
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sweepFullPath) ?? ".", scenarioPath));
        }
        catch (ArgumentException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, node.Location, $"'{scenarioPath}' is not a valid file path.");
            return null;
        }

        var scenarioOptions = new ScenarioLoadOptions { Root = options.Root };
        var text = ScenarioFile.Read(full, node.Location, shown, scenarioOptions.MaxFileBytes, bag);
        if (text is null)
        {
            return null;
        }

        var root = options.Root is { } given ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(given)) : Path.GetDirectoryName(full) ?? full;
        var resolver = new ExtendsResolver(scenarioOptions, root, bag);
        var tree = resolver.Resolve(text, shown, full);
        var scenario = tree is null ? null : ScenarioReader.Read(tree, bag);
        return tree is null || scenario is null || bag.HasErrors ? null : (tree, scenario, [text, .. resolver.BaseTexts]);
    }

    private static SweepDesign? ReadDesign(ReadContext context, YamlNode node)
    {
        if (node is YamlScalar)
        {
            var kind = context.Option(node, "'design' of the sweep", Designs);
            if (kind is { } k && k != DesignKind.Grid)
            {
                context.Error(DiagnosticCodes.MissingKey, node, $"a {Word(Designs, k)} design needs a number of points: write 'design: {{ kind: {Word(Designs, k)}, points: 100 }}'.");
                return null;
            }

            return kind is null ? null : new SweepDesign(DesignKind.Grid, null);
        }

        if (context.Map(node, "'design' of the sweep") is not { } map)
        {
            return null;
        }

        var chosen = context.Option(map.Required("kind"), map.Of("kind"), Designs);
        var pointsNode = map.Optional("points");
        var points = pointsNode is null ? null : context.Count(pointsNode, map.Of("points"), MaxPoints);
        map.Finish();
        switch (chosen)
        {
            case null:
                return null;
            case DesignKind.Grid when pointsNode is not null:
                context.Error(DiagnosticCodes.Conflict, pointsNode, "a grid takes every combination of the listed values; 'points' applies to random and latin_hypercube designs.");
                return null;
            case DesignKind.Grid:
                return new SweepDesign(DesignKind.Grid, null);
            case { } kind when pointsNode is null:
                context.Error(DiagnosticCodes.MissingKey, map.Map, $"a {Word(Designs, kind)} design needs 'points' (how many to draw).");
                return null;
            case { } kind:
                return points is null ? null : new SweepDesign(kind, (int)points.Value);
        }
    }

    private static (List<SweepParameter>? Parameters, List<ParameterSite> Sites) ReadParameters(ReadContext context, YamlNode? node, string what, YamlMap baseTree)
    {
        var items = context.List(node, what);
        if (node is YamlList && items.Count == 0)
        {
            context.Error(DiagnosticCodes.MissingKey, node, "'parameters' is empty: a sweep varies at least one value of its scenario.");
        }

        var parameters = new List<SweepParameter>();
        var sites = new List<ParameterSite>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var ok = items.Count > 0;
        foreach (var item in items)
        {
            if (context.Map(item, $"an item of {what}") is not { } map)
            {
                ok = false;
                continue;
            }

            var pathNode = map.Required("path");
            var path = context.Text(pathNode, map.Of("path"));
            var valuesNode = map.Optional("values");
            var rangeNode = map.Optional("range");
            var distributionNode = map.Optional("distribution");
            var unitNode = map.Optional("unit");
            map.Finish();
            var label = path is null ? "a parameter" : $"parameter '{path}'";
            var given = new[] { valuesNode, rangeNode, distributionNode }.Count(x => x is not null);
            if (given != 1)
            {
                context.Error(given == 0 ? DiagnosticCodes.MissingKey : DiagnosticCodes.Conflict, map.Map,
                    $"{label} needs exactly one of 'values', 'range' or 'distribution'.");
                ok = false;
                continue;
            }

            if (valuesNode is not null && unitNode is not null)
            {
                context.Error(DiagnosticCodes.Conflict, unitNode, $"'unit' of {label} applies to a range or a distribution; write listed values with their units (e.g. [6 h, 12 h]).");
                ok = false;
                continue;
            }

            var unit = unitNode is null ? string.Empty : context.Text(unitNode, map.Of("unit"));
            var listed = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            var values = valuesNode is not null ? ReadValues(context, valuesNode, map.Of("values"), listed)
                : rangeNode is not null && unit is not null ? ReadRange(context, rangeNode, map.Of("range"), unit)
                : null;
            var distribution = distributionNode is not null && unit is not null ? ReadDistribution(context, distributionNode, map.Of("distribution"), unit) : null;
            if (path is null || (values is null && distribution is null))
            {
                ok = false;
                continue;
            }

            if (seen.TryGetValue(path, out var first))
            {
                context.Error(DiagnosticCodes.Conflict, pathNode!, $"parameter '{path}' is swept twice (first at line {first.Location.Line}); give it one list of values.");
                ok = false;
                continue;
            }

            seen[path] = pathNode!;
            if (ScenarioPaths.Resolve(baseTree, path) is not { } steps)
            {
                if (!context.Bag.IsFull)
                {
                    var nearest = ScenarioPaths.Nearest(baseTree, path, 5);
                    var hint = nearest.Count == 0 ? "." : $"; the nearest valid paths are {string.Join(", ", nearest.Select(p => $"'{p}'"))}.";
                    context.Error(SweepDiagnosticCodes.UnknownParameterPath, pathNode!,
                        $"'{path}' names no value of the base scenario (keys by name, list items by id, e.g. fleets.<fleet id>.vehicles; ids cannot be swept){hint}");
                }

                ok = false;
                continue;
            }

            parameters.Add(new SweepParameter(path, values, distribution));
            sites.Add(new ParameterSite(steps, (valuesNode ?? rangeNode ?? distributionNode)!.Location, listed));
        }

        return (ok ? parameters : null, sites);
    }

    private static List<string>? ReadValues(ReadContext context, YamlNode node, string what, Dictionary<string, SourceLocation> listed)
    {
        var items = context.List(node, what);
        if (node is YamlList && items.Count == 0)
        {
            context.Error(DiagnosticCodes.MissingKey, node, $"{what} is empty: list at least one value.");
            return null;
        }

        var values = new List<string>();
        foreach (var item in items)
        {
            if (context.Text(item, $"an item of {what}") is not { } value)
            {
                return null;
            }

            if (!listed.TryAdd(value, item.Location))
            {
                context.Error(DiagnosticCodes.Conflict, item, $"{what} lists '{value}' twice.");
                return null;
            }

            values.Add(value);
        }

        return items.Count == 0 ? null : values;
    }

    private static List<string>? ReadRange(ReadContext context, YamlNode node, string what, string unit)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var start = context.Number(map.Required("start"), map.Of("start"));
        var stop = context.Number(map.Required("stop"), map.Of("stop"));
        var step = context.Positive(map.Required("step"), map.Of("step"));
        map.Finish();
        if (start is null || stop is null || step is null)
        {
            return null;
        }

        if (stop < start)
        {
            context.Error(DiagnosticCodes.Conflict, node, $"{what} stops at {ReadContext.Format(stop.Value)}, before it starts at {ReadContext.Format(start.Value)}.");
            return null;
        }

        // The stop is included when it lies on the grid, within a rounding error of the step.
        var count = Math.Floor(((stop.Value - start.Value) / step.Value) + 1e-9) + 1;
        if (count > MaxListedValues)
        {
            context.Error(SweepDiagnosticCodes.SweepTooLarge, node, $"{what} gives {count:N0} values; at most {MaxListedValues:N0} (use a distribution and a random or latin_hypercube design for finer coverage).");
            return null;
        }

        return [.. Enumerable.Range(0, (int)count).Select(k => SweepParameter.Format(Math.Round(start.Value + (k * step.Value), 12), unit))];
    }

    private static SweepDistribution? ReadDistribution(ReadContext context, YamlNode node, string what, string unit)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var kind = context.Option(map.Required("kind"), map.Of("kind"), Distributions);
        var min = context.Number(map.Required("min"), map.Of("min"));
        var max = context.Number(map.Required("max"), map.Of("max"));
        map.Finish();
        if (kind is null || min is null || max is null)
        {
            return null;
        }

        if (max < min)
        {
            context.Error(DiagnosticCodes.Conflict, node, $"{what} has max {ReadContext.Format(max.Value)} below min {ReadContext.Format(min.Value)}.");
            return null;
        }

        if (kind == DistributionKind.LogUniform && min <= 0)
        {
            context.Error(DiagnosticCodes.NotPositive, node, $"{what} is log_uniform and so needs min above zero, not {ReadContext.Format(min.Value)}.");
            return null;
        }

        if (kind == DistributionKind.WholeNumber && (min != Math.Floor(min.Value) || max != Math.Floor(max.Value)))
        {
            context.Error(DiagnosticCodes.WrongType, node, $"{what} is integer and so needs whole-number min and max.");
            return null;
        }

        return new SweepDistribution(kind.Value, min.Value, max.Value, unit);
    }

    private static List<StrategyId>? ReadStrategies(ReadContext context, YamlNode node, string what, Scenario baseScenario)
    {
        var known = new IdSet("strategy");
        foreach (var strategy in baseScenario.Strategies)
        {
            known.Add(strategy.Id.Value, new YamlScalar(node.Location, strategy.Id.Value, isPlain: true));
        }

        var chosen = new List<StrategyId>();
        var ok = true;
        foreach (var item in context.List(node, what))
        {
            if (context.Reference(item, $"an item of {what}", known) is not { } id)
            {
                ok = false;
            }
            else if (chosen.Contains(new StrategyId(id)))
            {
                context.Error(DiagnosticCodes.DuplicateId, item, $"{what} lists '{id}' twice.");
                ok = false;
            }
            else
            {
                chosen.Add(new StrategyId(id));
            }
        }

        if (ok && chosen.Count == 0)
        {
            context.Error(DiagnosticCodes.MissingKey, node, $"{what} is empty: name at least one strategy, or leave the key out for all of the scenario's.");
            return null;
        }

        return ok ? chosen : null;
    }

    /// <summary>Metrics by key (<c>water.fill_rate</c>) or by name for every commodity (<c>fill_rate</c>); all when not given. Kept in catalogue order.</summary>
    private static List<ReportedMetric>? ReadMetrics(ReadContext context, YamlNode? node, string what, Scenario baseScenario)
    {
        var catalogue = ReportedMetric.For([.. baseScenario.Commodities.Select(c => c.Id.Value)], baseScenario.Currency.Code);
        if (node is null)
        {
            return [.. catalogue];
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        var words = catalogue.Select(m => m.Key).Concat(catalogue.Select(m => m.Name)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var item in context.List(node, what))
        {
            if (context.Text(item, $"an item of {what}") is not { } word)
            {
                ok = false;
                continue;
            }

            var matched = catalogue.Where(m => m.Key == word || m.Name == word).Select(m => m.Key).ToList();
            if (matched.Count == 0)
            {
                context.Error(DiagnosticCodes.UnknownOption, item, $"no metric '{word}'{Suggestions.DidYouMean(word, words, "metrics")}");
                ok = false;
            }

            wanted.UnionWith(matched);
        }

        return ok ? [.. catalogue.Where(m => wanted.Contains(m.Key))] : null;
    }

    private static List<SeriesKind>? ReadSeries(ReadContext context, YamlNode? node, string what)
    {
        var series = new List<SeriesKind>();
        foreach (var item in context.List(node, what))
        {
            if (context.Option(item, $"an item of {what}", SeriesNames) is not { } kind)
            {
                return null;
            }

            if (!series.Contains(kind))
            {
                series.Add(kind);
            }
        }

        return series;
    }

    private static string Word<T>(IReadOnlyDictionary<string, T> words, T value)
        where T : struct => words.First(x => EqualityComparer<T>.Default.Equals(x.Value, value)).Key;

    /// <summary>
    /// A SHA-256 of the sweep file's text and of every scenario file its points are built from (the
    /// base and each file it extends, in that order), each preceded by its length so that no two
    /// lists of texts give the same bytes: an edit to any of them makes another sweep.
    /// </summary>
    private static string Fingerprint(string sweepText, IReadOnlyList<string> scenarioTexts)
    {
        var joined = new StringBuilder();
        foreach (var text in scenarioTexts.Prepend(sweepText))
        {
            joined.Append(text.Length).Append(':').Append(text);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined.ToString())));
    }
}
