using System.Globalization;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Reports;

/// <summary>
/// What a comparison says about each headline metric: which strategy did better and by how much,
/// from the paired differences (common random numbers) against the runner-up, saying when their 95%
/// interval includes zero. The report opens with these sentences.
/// </summary>
public static class ComparisonSummary
{
    /// <summary>The lead sentences: fill rate per commodity and the run-wide headline metrics, in metric order.</summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The sentences; a single sentence when only one strategy ran.</returns>
    public static IReadOnlyList<string> Lines(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Strategies.Count < 2)
        {
            return [$"Only {result.Strategies[0]} was run ({Runs(result.Replications)}): there is nothing to compare it with; its figures are below and in metrics/summary.csv."];
        }

        return [.. Enumerable.Range(0, result.Metrics.Count)
            .Where(m => result.Metrics[m].Headline && (result.Metrics[m].Name == "fill_rate" || result.Metrics[m].Commodity == ReportedMetric.AllCommodities))
            .Select(m => Line(result, m))];
    }

    /// <summary>The sentence for one metric: the better strategy (or those tied best) against the runner-up.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="metric">The metric's index in <see cref="ComparisonResult.Metrics"/>.</param>
    /// <returns>The sentence, e.g. "Fill rate (water, fraction): distributed did better, 0.93 against 0.81 for centralised …".</returns>
    public static string Line(ComparisonResult result, int metric)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reported = result.Metrics[metric];
        var label = Capital($"{reported.Name.Replace('_', ' ')} ({reported.Commodity}, {reported.Unit})");
        var row = result.Summaries[metric];
        var present = Enumerable.Range(0, row.Count).Where(s => row[s].Summary is not null).ToArray();
        if (present.Length == 0)
        {
            return $"{label}: not defined in any run.";
        }

        if (reported.Direction == MetricDirection.Neutral || present.Length < 2)
        {
            return $"{label}: {string.Join(", ", Means(result, metric))}.";
        }

        var (best, runnerUp) = Ranking(result, metric);
        var top = row[best[0]].Summary!.Mean;
        if (runnerUp is not { } other)
        {
            return $"{label}: every strategy had the same mean, {Number(top)}.";
        }

        var who = best.Length == 1 ? $"{result.Strategies[best[0]]} did better" : $"{string.Join(" and ", best.Select(s => result.Strategies[s].Value))} tied best";
        var higher = reported.Direction == MetricDirection.HigherIsBetter;
        var text = $"{label}: {who}, {Number(top)} against {Number(row[other].Summary!.Mean)} for {result.Strategies[other]} ({(higher ? "higher" : "lower")} is better)";
        return text + Difference(result, metric, best[0], other);
    }

    /// <summary>
    /// The paired difference between the best strategy and the runner-up as a table cell:
    /// "d (a to b)" with the 95% interval, "d (a to b), includes 0", "d (1 replication)", or "–"
    /// when the metric is neutral, missing, or the same for every strategy.
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <param name="metric">The metric's index in <see cref="ComparisonResult.Metrics"/>.</param>
    /// <returns>The cell's text.</returns>
    public static string DifferenceCell(ComparisonResult result, int metric)
    {
        ArgumentNullException.ThrowIfNull(result);
        var row = result.Summaries[metric];
        if (result.Metrics[metric].Direction == MetricDirection.Neutral || row.Count(s => s.Summary is not null) < 2)
        {
            return "–";
        }

        var (best, runnerUp) = Ranking(result, metric);
        if (runnerUp is not { } other || Paired(result, metric, best[0], other) is not { } d)
        {
            return "–";
        }

        return d.Count < 2 || double.IsNaN(d.Low) ? $"{Number(d.Mean)} (1 replication)"
            : $"{Number(d.Mean)} ({Number(d.Low)} to {Number(d.High)}){(d.ExcludesZero ? string.Empty : ", includes 0")}";
    }

    /// <summary>The strategies tied for the best mean, and the best of the rest (null when all tie).</summary>
    private static (int[] Best, int? RunnerUp) Ranking(ComparisonResult result, int metric)
    {
        var row = result.Summaries[metric];
        var sign = result.Metrics[metric].Direction == MetricDirection.HigherIsBetter ? 1.0 : -1.0;
        var ordered = Enumerable.Range(0, row.Count).Where(s => row[s].Summary is not null).OrderByDescending(s => sign * row[s].Summary!.Mean).ToArray();
        var top = row[ordered[0]].Summary!.Mean;
        var best = ordered.TakeWhile(s => Same(row[s].Summary!.Mean, top)).ToArray();
        return (best, best.Length < ordered.Length ? ordered[best.Length] : null);
    }

    /// <summary>best − runner-up, paired by replication, with its 95% interval; null when no replication has both.</summary>
    private static (double Mean, double Low, double High, int Count, bool ExcludesZero)? Paired(ComparisonResult result, int metric, int best, int runnerUp)
    {
        var pair = result.Differences[metric].First(d => (d.First == best && d.Second == runnerUp) || (d.First == runnerUp && d.Second == best));
        if (pair.Difference is not { } difference)
        {
            return null;
        }

        // The pair is stored as (earlier − later strategy); turn it into best − runner-up.
        var flip = pair.First == best ? 1.0 : -1.0;
        var low = Math.Min(flip * difference.ConfidenceLower, flip * difference.ConfidenceUpper);
        var high = Math.Max(flip * difference.ConfidenceLower, flip * difference.ConfidenceUpper);
        return (flip * difference.MeanDifference, low, high, difference.Count, difference.ExcludesZero);
    }

    /// <summary>"; paired difference d (95% CI a to b, n replications)." for best − runner-up, or why there is none.</summary>
    private static string Difference(ComparisonResult result, int metric, int best, int runnerUp)
    {
        if (Paired(result, metric, best, runnerUp) is not { } d)
        {
            return "; no replication has both values to pair.";
        }

        if (d.Count < 2 || double.IsNaN(d.Low))
        {
            return $"; paired difference {Number(d.Mean)} from one replication, so no confidence interval: run more replications to judge it.";
        }

        return d.ExcludesZero
            ? $"; paired difference {Number(d.Mean)} (95% CI {Number(d.Low)} to {Number(d.High)}, {Runs(d.Count)})."
            : $"; but the paired difference {Number(d.Mean)} has a 95% CI of {Number(d.Low)} to {Number(d.High)}, which includes zero ({Runs(d.Count)}): the replications do not settle it.";
    }

    /// <summary>Equal within a relative 1e-9, as <see cref="ComparisonResult.Best"/> judges a tie.</summary>
    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static IEnumerable<string> Means(ComparisonResult result, int metric) =>
        result.Summaries[metric].Select((s, k) => $"{result.Strategies[k]} {(s.Summary is { } x ? Number(x.Mean) : "n/a")}");

    private static string Runs(int n) => n == 1 ? "1 replication" : $"{n} replications";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A number for prose: four significant digits, thousands separated, exponent beyond ten million.</summary>
    /// <param name="value">The number.</param>
    /// <returns>Its text in the invariant culture.</returns>
    public static string Number(double value) => Math.Abs(value) switch
    {
        >= 1e7 => value.ToString("0.###e0", CultureInfo.InvariantCulture),
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        0 => "0",
        _ => value.ToString("G4", CultureInfo.InvariantCulture),
    };
}
