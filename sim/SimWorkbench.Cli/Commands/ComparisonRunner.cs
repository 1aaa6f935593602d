using System.Globalization;
using System.Reflection;
using SimWorkbench.Reporting.Reports;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;
using Spectre.Console;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// What <c>run</c> and <c>compare</c> share: load the scenario (diagnostics as <c>validate</c>
/// prints them), run the comparison with a progress bar, write the results folder with its report, print the table.
/// </summary>
internal static class ComparisonRunner
{
    public const int Invalid = 2;

    /// <summary>Runs a request; the command's whole behaviour, callable from tests.</summary>
    /// <returns>0 on success, 2 for a bad scenario or argument (nothing written).</returns>
    public static int Execute(ComparisonRequest request, IAnsiConsole console, TextWriter error)
    {
        var loaded = ScenarioLoader.Load(request.ScenarioPath, new ScenarioLoadOptions { Root = ValidateCommand.RootFor(request.ScenarioPath, null) });
        foreach (var diagnostic in loaded.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (loaded.Scenario is not { } scenario)
        {
            error.WriteLine($"simwb: {request.ScenarioPath} is not a valid scenario; nothing was run.");
            return Invalid;
        }

        var known = scenario.Strategies.Select(s => s.Id.Value).ToArray();
        var unknown = (request.Strategies ?? []).Where(s => !known.Contains(s, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0)
        {
            error.WriteLine($"simwb: unknown strategy {string.Join(", ", unknown.Select(u => $"'{u}'"))}; {request.ScenarioPath} has {string.Join(", ", known)}.");
            return Invalid;
        }

        if (request.Replications is < 1)
        {
            error.WriteLine($"simwb: --replications must be at least 1, not {request.Replications}.");
            return Invalid;
        }

        var strategies = request.Strategies is { Count: > 0 } chosen ? chosen.Distinct(StringComparer.Ordinal).Select(s => new StrategyId(s)).ToArray()
            : request.FirstStrategyOnly ? [scenario.Strategies[0].Id]
            : null;
        var replications = request.Replications ?? scenario.Replications;
        var total = (strategies?.Length ?? scenario.Strategies.Count) * replications;
        ComparisonResult? result = null;
        console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"{scenario.Name}: {total} runs", maxValue: total);
                result = Comparison.Run(scenario, new ComparisonOptions
                {
                    Strategies = strategies,
                    Replications = request.Replications,
                    Seed = request.Seed,
                    Progress = new Reporter(done => task.Value = done),
                });
            });

        var name = Path.GetFileNameWithoutExtension(request.ScenarioPath) + "-" + request.FolderSuffix;
        var folder = ComparisonReport.WriteResults(request.OutDirectory, name, result!, loaded.ResolvedText!, Version, request.CommandLine);
        console.Write(Table(result!));
        console.MarkupLine($"[grey]{replications} replication{(replications == 1 ? string.Empty : "s")} per strategy, seed {result!.Seed}; ↑/↓: higher/lower is better; * marks the better mean; paired differences in metrics/paired.csv.[/]");
        console.MarkupLine($"Results written to [bold]{Markup.Escape(folder)}[/]");
        console.MarkupLine($"Report: [bold]{ComparisonReport.FileName}[/] in that folder; open it in a browser (it works offline).");
        return 0;
    }

    private static string Version =>
        typeof(Comparison).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static Table Table(ComparisonResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{Markup.Escape(result.Scenario.Name)}: mean ± 95% CI half-width");
        table.AddColumn(new TableColumn("metric (unit)").NoWrap());
        foreach (var strategy in result.Strategies)
        {
            table.AddColumn(new TableColumn(Markup.Escape(strategy.Value)).RightAligned());
        }

        for (var m = 0; m < result.Metrics.Count; m++)
        {
            var metric = result.Metrics[m];
            if (!metric.Headline)
            {
                continue;
            }

            var best = result.Best(m);
            var cells = new List<string>
            {
                Markup.Escape($"{metric.Key} ({metric.Unit})") + (metric.Direction == MetricDirection.HigherIsBetter ? " ↑" : " ↓"),
            };
            for (var s = 0; s < result.Strategies.Count; s++)
            {
                var row = result.Summaries[m][s];
                var cell = row.Summary is { } x
                    ? Format(x.Mean) + (double.IsNaN(x.ConfidenceUpper) ? string.Empty : " ± " + Format(x.ConfidenceUpper - x.Mean))
                    : "n/a";
                if (row.Missing > 0 && row.Summary is not null)
                {
                    cell += $" ({row.Missing} n/a)";
                }

                cells.Add(best == s ? $"[bold green]{Markup.Escape(cell)} *[/]" : Markup.Escape(cell));
            }

            table.AddRow([.. cells]);
        }

        return table;
    }

    private static string Format(double value) => Math.Abs(value) switch
    {
        >= 1e7 => value.ToString("0.###e0", CultureInfo.InvariantCulture),
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.####", CultureInfo.InvariantCulture),
    };

    /// <summary>Reports progress at once on the reporting thread (Progress&lt;T&gt; would post late).</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
