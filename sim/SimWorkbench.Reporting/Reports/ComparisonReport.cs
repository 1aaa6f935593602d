using System.Globalization;
using SimWorkbench.Reporting.Charts;
using SimWorkbench.Reporting.Html;
using SimWorkbench.Results;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Reports;

/// <summary>
/// The HTML report of a comparison (report.html in the results folder): the summary, then every
/// chart of <see cref="ComparisonCharts"/> with a sentence on how to read it. Self-contained:
/// plotly.js is embedded once and nothing is fetched, so it opens offline.
/// </summary>
public static class ComparisonReport
{
    /// <summary>The report's file name in a results folder.</summary>
    public const string FileName = "report.html";

    /// <summary>The ids of the chart elements, in report order.</summary>
    public static IReadOnlyList<string> ChartIds { get; } =
        ["service-level", "unmet-need-by-city", "recovery-times-by-city", "resilience-equity-cost", "network", "cascade-chain"];

    /// <summary>Builds the report.</summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The report, ready for <see cref="HtmlReport.ToHtml"/>.</returns>
    public static HtmlReport Create(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = new HtmlReport($"{result.Scenario.Name}: {string.Join(" vs ", result.Strategies)}");
        foreach (var line in ComparisonSummary.Lines(result))
        {
            report.AddSummary(line);
        }

        var horizonDays = result.Scenario.Horizon.Hours / 24;
        report.AddSummary(string.Create(CultureInfo.InvariantCulture,
            $"{result.Replications} replication{(result.Replications == 1 ? string.Empty : "s")} per strategy over {horizonDays:0.#} days, seed {result.Seed}; strategies share common random numbers, so differences are paired replication by replication. Every figure is in the metrics/ CSV files."));

        report.AddSection("Every headline metric",
            "Mean over replications per strategy; the better mean is marked *. The last column is the paired difference between the best strategy and the runner-up with its 95% confidence interval; when the interval includes zero, the replications do not settle which is better.");
        report.AddTable(Header(result), Rows(result));
        report.AddSection("Service level over time",
            "Each line is a strategy's share of need met each day, Q(d), averaged over replications; the shaded band holds 90% of the replications (5th to 95th percentile). Dotted lines mark hazard onsets in the first replication: watch how deep each strategy dips after them and how fast it climbs back; the area above a line is its resilience loss.");
        report.AddChart(ComparisonCharts.ServiceLevel(result), ChartIds[0]);
        report.AddSection("Unmet need by city",
            "Person-days without the minimum, per city and strategy (mean over replications): tall bars are the places a strategy leaves short; compare the heights of a city's bars to see which strategy serves it better.");
        report.AddChart(ComparisonCharts.UnmetNeedByCity(result), ChartIds[1]);
        report.AddSection("Time to first delivery and time to recover by city",
            "Hours from onset until a city is first served, and until it is back at 95% of need for a full day; lower is better. A missing bar means the time was never reached in any replication; the hover says in how many replications it was not reached.");
        report.AddChart(ComparisonCharts.RecoveryTimesByCity(result), ChartIds[2]);
        report.AddSection("Resilience, equity and cost",
            "Means with their 95% confidence intervals: resilience index (1 − loss ÷ horizon; higher is better), the Gini coefficient of the cities' fill rates (0 is perfectly even), the worst-served city's fill rate, and the costs the run reports (on a log scale: they span orders of magnitude). Bars whose intervals overlap may not differ; the summary above uses the paired differences, which are sharper.");
        report.AddChart(ComparisonCharts.ResilienceEquityCost(result), ChartIds[3]);
        report.AddSection("The network and its closures",
            $"Cities (circles, sized by population), depots (squares) and links, coloured by state in the first replication of {result.Strategies[0]}: grey open, orange degraded (slower), red dotted closed. Move the slider to see links close after hazards and reopen after repair.");
        report.AddChart(ComparisonCharts.Network(result), ChartIds[4]);
        report.AddSection("The cascade chain",
            $"Every hazard in the first replication of {result.Strategies[0]}, at its onset and generation (0 for the scenario's own); an arrow runs from the hazard whose effect triggered a cascade rule to the hazard it started. Bigger markers damaged more elements; hover for the rule, intensity and what was damaged.");
        report.AddChart(ComparisonCharts.CascadeChain(result), ChartIds[5]);
        return report;
    }

    private static string[] Header(ComparisonResult result) =>
        ["metric (commodity, unit)", .. result.Strategies.Select(s => s.Value), "best − runner-up (95% CI)"];

    private static IEnumerable<IReadOnlyList<string>> Rows(ComparisonResult result)
    {
        for (var m = 0; m < result.Metrics.Count; m++)
        {
            var metric = result.Metrics[m];
            if (!metric.Headline)
            {
                continue;
            }

            var best = result.Best(m);
            var arrow = metric.Direction switch { MetricDirection.HigherIsBetter => " ↑", MetricDirection.LowerIsBetter => " ↓", _ => string.Empty };
            var cells = new List<string> { $"{metric.Name.Replace('_', ' ')} ({metric.Commodity}, {metric.Unit}){arrow}" };
            for (var s = 0; s < result.Strategies.Count; s++)
            {
                var x = result.Summaries[m][s].Summary;
                cells.Add((x is null ? "n/a" : ComparisonSummary.Number(x.Mean)) + (best == s ? " *" : string.Empty));
            }

            cells.Add(ComparisonSummary.DifferenceCell(result, m));
            yield return cells;
        }
    }

    /// <summary>Writes report.html into a results folder being written.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="result">The comparison.</param>
    public static void WriteTo(ResultsFolder folder, ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder.WriteText(FileName, Create(result).ToHtml());
    }

    /// <summary>
    /// Writes the whole results folder (<see cref="ComparisonWriter.Write"/>) with report.html in it,
    /// aside, and renames it into place when complete: what <c>simwb run</c> and <c>compare</c> do.
    /// </summary>
    /// <param name="parent">The folder results go in, e.g. <c>results</c>.</param>
    /// <param name="name">The folder's name; <c>-2</c>, <c>-3</c>… is appended if taken.</param>
    /// <param name="result">The comparison.</param>
    /// <param name="scenarioText">The scenario as run (<see cref="Scenarios.ScenarioLoadResult.ResolvedText"/>).</param>
    /// <param name="version">The program's version.</param>
    /// <param name="commandLine">The command that produced it.</param>
    /// <returns>The completed folder's path.</returns>
    public static string WriteResults(string parent, string name, ComparisonResult result, string scenarioText, string version, string commandLine) =>
        ComparisonWriter.Write(parent, name, result, scenarioText, version, commandLine, folder => WriteTo(folder, result));
}
