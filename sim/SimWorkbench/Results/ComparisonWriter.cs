using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using SimWorkbench.Runs;

namespace SimWorkbench.Results;

/// <summary>
/// Writes a <see cref="ComparisonResult"/> as a results folder: manifest.json, scenario.yaml,
/// metrics/replications.csv, metrics/summary.csv, metrics/paired.csv, series/service-level.csv and
/// events.jsonl (hazards, link state changes and deliveries) (columns in scenarios/README.md, "Results files"). Numbers use the invariant
/// culture with '.' decimals at round-trip precision; an empty field is a value that does not
/// exist (a time no city reached, an interval from one replication).
/// </summary>
public static class ComparisonWriter
{
    /// <summary>The columns of metrics/replications.csv, in order.</summary>
    public static IReadOnlyList<string> ReplicationColumns { get; } = ["strategy", "replication", "seed", "commodity", "metric", "unit", "value"];

    /// <summary>The columns of metrics/summary.csv, in order.</summary>
    public static IReadOnlyList<string> SummaryColumns { get; } = ["strategy", "commodity", "metric", "unit", "better", "n", "missing", "mean", "sd", "ci_low", "ci_high", "p5", "p50", "p95"];

    /// <summary>The columns of metrics/paired.csv, in order.</summary>
    public static IReadOnlyList<string> PairedColumns { get; } = ["strategy_a", "strategy_b", "commodity", "metric", "unit", "n", "mean_difference", "sd", "ci_low", "ci_high", "excludes_zero"];

    /// <summary>The columns of series/service-level.csv, in order.</summary>
    public static IReadOnlyList<string> ServiceLevelColumns { get; } = ["strategy", "commodity", "day", "q_mean", "q_ci_low", "q_ci_high", "q_p5", "q_p50", "q_p95"];

    /// <summary>
    /// Writes the whole results folder aside and renames it into place when complete.
    /// </summary>
    /// <param name="parent">The folder results go in, e.g. <c>results</c>.</param>
    /// <param name="name">The folder's name; <c>-2</c>, <c>-3</c>… is appended if taken.</param>
    /// <param name="result">The comparison.</param>
    /// <param name="scenarioText">The scenario as run (<see cref="Scenarios.ScenarioLoadResult.ResolvedText"/>): written as scenario.yaml and hashed into the manifest.</param>
    /// <param name="version">The program's version.</param>
    /// <param name="commandLine">The command that produced it.</param>
    /// <param name="moreFiles">Writes further files into the folder before it is completed (the HTML report), or null; it runs beside the writing of the other files, on another core.</param>
    /// <returns>The completed folder's path.</returns>
    public static string Write(string parent, string name, ComparisonResult result, string scenarioText, string version, string commandLine, Action<ResultsFolder>? moreFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scenarioText);
        using var folder = ResultsFolder.Begin(parent, name);
        var manifest = new RunManifest(
            result.Scenario.Name,
            RunManifest.HashOf(scenarioText),
            result.Seed,
            result.Replications,
            [.. result.Strategies.Select(s => s.Value)],
            version,
            commandLine);
        folder.WriteText("manifest.json", manifest.ToJson());
        folder.WriteText("scenario.yaml", scenarioText);
        try
        {
            Parallel.Invoke(() => WriteFiles(folder, result), () => moreFiles?.Invoke(folder));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw(); // the first failure, with its own stack
            throw;
        }

        return folder.Complete();
    }

    /// <summary>Writes the metrics, series and event files into a folder being written.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="result">The comparison.</param>
    public static void WriteFiles(ResultsFolder folder, ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(result);
        Write(folder, "metrics/replications.csv", w => Replications(w, result));
        Write(folder, "metrics/summary.csv", w => Summaries(w, result));
        Write(folder, "metrics/paired.csv", w => Paired(w, result));
        Write(folder, "series/service-level.csv", w => ServiceLevels(w, result));
        using var events = folder.Create("events.jsonl");
        Events(events, result);
    }

    private static void Write(ResultsFolder folder, string path, Action<TextWriter> body)
    {
        using var stream = folder.Create(path);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        body(writer);
    }

    private static void Replications(TextWriter w, ComparisonResult result)
    {
        Csv.Row(w, [.. ReplicationColumns]);
        for (var s = 0; s < result.Strategies.Count; s++)
        {
            foreach (var run in result.Runs[s])
            {
                foreach (var metric in result.Metrics)
                {
                    Csv.Row(w, Csv.Text(result.Strategies[s].Value), Csv.Number(run.Replication), run.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), Csv.Text(metric.Commodity), metric.Name, Csv.Text(metric.Unit), Csv.Number(metric.ValueOf(run)));
                }
            }
        }
    }

    private static void Summaries(TextWriter w, ComparisonResult result)
    {
        Csv.Row(w, [.. SummaryColumns]);
        for (var s = 0; s < result.Strategies.Count; s++)
        {
            for (var m = 0; m < result.Metrics.Count; m++)
            {
                var metric = result.Metrics[m];
                var row = result.Summaries[m][s];
                var x = row.Summary;
                Csv.Row(w, Csv.Text(result.Strategies[s].Value), Csv.Text(metric.Commodity), metric.Name, Csv.Text(metric.Unit), Better(metric), Csv.Number(x?.Count ?? 0), Csv.Number(row.Missing), Csv.Number(x?.Mean), Csv.Number(x?.StandardDeviation), Csv.Number(x?.ConfidenceLower), Csv.Number(x?.ConfidenceUpper), Csv.Number(x?.P5), Csv.Number(x?.P50), Csv.Number(x?.P95));
            }
        }
    }

    private static void Paired(TextWriter w, ComparisonResult result)
    {
        Csv.Row(w, [.. PairedColumns]);
        for (var m = 0; m < result.Metrics.Count; m++)
        {
            var metric = result.Metrics[m];
            foreach (var pair in result.Differences[m])
            {
                var d = pair.Difference;
                Csv.Row(w, Csv.Text(result.Strategies[pair.First].Value), Csv.Text(result.Strategies[pair.Second].Value), Csv.Text(metric.Commodity), metric.Name, Csv.Text(metric.Unit), Csv.Number(d?.Count ?? 0), Csv.Number(d?.MeanDifference), Csv.Number(d?.StandardDeviation), Csv.Number(d?.ConfidenceLower), Csv.Number(d?.ConfidenceUpper), d is null ? string.Empty : d.ExcludesZero ? "true" : "false");
            }
        }
    }

    private static void ServiceLevels(TextWriter w, ComparisonResult result)
    {
        Csv.Row(w, [.. ServiceLevelColumns]);
        foreach (var band in result.ServiceLevels)
        {
            for (var d = 0; d < band.Days.Count; d++)
            {
                var x = band.Days[d];
                Csv.Row(w, Csv.Text(result.Strategies[band.Strategy].Value), Csv.Text(band.Commodity), Csv.Number(d), Csv.Number(x.Mean), Csv.Number(x.ConfidenceLower), Csv.Number(x.ConfidenceUpper), Csv.Number(x.P5), Csv.Number(x.P50), Csv.Number(x.P95));
            }
        }
    }

    private static void Events(Stream stream, ComparisonResult result)
    {
        var newline = "\n"u8.ToArray();

        // Ids such as "main-shock>pass-landslides@pass" stay readable: the file is JSON lines, not HTML.
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(stream, options); // one writer, reset after each line: tens of thousands of lines
        for (var s = 0; s < result.Strategies.Count; s++)
        {
            var strategy = result.Strategies[s].Value;
            foreach (var run in result.Runs[s])
            {
                foreach (var line in RunLog.Of(run))
                {
                    json.WriteStartObject();
                    json.WriteNumber("time_h", line.TimeHours);
                    json.WriteString("type", line.Type);
                    json.WriteString("strategy", strategy);
                    json.WriteNumber("replication", run.Replication);
                    line.Write(json);
                    json.WriteEndObject();
                    json.Flush();
                    json.Reset();
                    stream.Write(newline);
                }
            }
        }
    }

    /// <summary>The <c>better</c> column: higher, lower, or empty for a neutral metric.</summary>
    internal static string Better(ReportedMetric metric) => metric.Direction switch
    {
        MetricDirection.HigherIsBetter => "higher",
        MetricDirection.LowerIsBetter => "lower",
        _ => string.Empty,
    };
}
