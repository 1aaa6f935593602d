using System.Globalization;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Reports;

/// <summary>
/// The report's opening lines: for each headline metric, which strategy did better and by how much,
/// from the paired differences (common random numbers), saying when their 95% interval includes zero.
/// </summary>
public static class ComparisonSummary
{
    /// <summary>One sentence per headline metric, in the order of <see cref="ComparisonResult.Metrics"/>.</summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The sentences; a single sentence when only one strategy ran.</returns>
    public static IReadOnlyList<string> Lines(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Strategies.Count < 2)
        {
            return [$"Only {result.Strategies[0]} was run ({Runs(result.Replications)}): there is nothing to compare it with; its figures are below and in metrics/summary.csv."];
        }

        var lines = new List<string>();
        for (var m = 0; m < result.Metrics.Count; m++)
        {
            if (result.Metrics[m].Headline)
            {
                lines.Add(Line(result, m));
            }
        }

        return lines;
    }

    /// <summary>The sentence for one metric: the best strategy against the runner-up.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="metric">The metric's index in <see cref="ComparisonResult.Metrics"/>.</param>
    /// <returns>The sentence.</returns>
    public static string Line(ComparisonResult result, int metric)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reported = result.Metrics[metric];
        var label = $"{reported.Name.Replace('_', ' ')} ({reported.Commodity}, {reported.Unit})";
        var row = result.Summaries[metric];
        if (result.Best(metric) is not { } best)
        {
            return row.All(s => s.Summary is null)
                ? $"{Capital(label)}: not defined in any run."
                : $"{Capital(label)}: no strategy did better than the others ({string.Join(", ", Means(result, metric))}).";
        }

        var sign = reported.Direction == MetricDirection.HigherIsBetter ? 1.0 : -1.0;
        var runnerUp = Enumerable.Range(0, row.Count)
            .Where(s => s != best && row[s].Summary is not null)
            .OrderByDescending(s => sign * row[s].Summary!.Mean)
            .First();
        var bestMean = row[best].Summary!.Mean;
        var otherMean = row[runnerUp].Summary!.Mean;
        var text = $"{Capital(label)}: {result.Strategies[best]} did better, {Number(bestMean)} against {Number(otherMean)} for {result.Strategies[runnerUp]} ({(sign > 0 ? "higher" : "lower")} is better)";
        var pair = result.Differences[metric].First(d => (d.First == best && d.Second == runnerUp) || (d.First == runnerUp && d.Second == best));
        if (pair.Difference is not { } difference)
        {
            return text + "; no replication has both values to pair.";
        }

        // The difference as best − runner-up, whichever order the pair was stored in.
        var flip = pair.First == best ? 1.0 : -1.0;
        var mean = flip * difference.MeanDifference;
        if (difference.Count < 2 || double.IsNaN(difference.ConfidenceLower))
        {
            return text + $"; paired difference {Number(mean)} from one replication, so no confidence interval: run more replications to judge it.";
        }

        var low = Math.Min(flip * difference.ConfidenceLower, flip * difference.ConfidenceUpper);
        var high = Math.Max(flip * difference.ConfidenceLower, flip * difference.ConfidenceUpper);
        return difference.ExcludesZero
            ? text + $"; paired difference {Number(mean)} (95% CI {Number(low)} to {Number(high)}, {Runs(difference.Count)})."
            : text + $"; but the paired difference {Number(mean)} has a 95% CI of {Number(low)} to {Number(high)}, which includes zero ({Runs(difference.Count)}): the replications do not settle it.";
    }

    private static IEnumerable<string> Means(ComparisonResult result, int metric) =>
        result.Summaries[metric].Select((s, k) => $"{result.Strategies[k]} {(s.Summary is { } x ? Number(x.Mean) : "n/a")}");

    private static string Runs(int n) => n == 1 ? "1 replication" : $"{n} replications";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A number for prose: four significant digits, thousands separated.</summary>
    internal static string Number(double value) => Math.Abs(value) switch
    {
        >= 1e7 => value.ToString("0.###e0", CultureInfo.InvariantCulture),
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        0 => "0",
        _ => value.ToString("G4", CultureInfo.InvariantCulture),
    };
}
