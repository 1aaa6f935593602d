using System.Diagnostics;
using System.Globalization;
using SimWorkbench.Sweeps;
using SimWorkbench.Sweeps.Storage;
using Spectre.Console;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// <c>simwb sweep &lt;file&gt;</c>'s behaviour, callable from tests: load and validate the sweep, show
/// its size, run what is not done yet into the database with a progress bar, print the summary.
/// </summary>
internal static class SweepExecution
{
    public const int Invalid = 2;
    public const int SomeRunsFailed = 1;

    /// <returns>0 when every run succeeded, 1 when the sweep finished with failed runs, 2 for a bad sweep file or argument (nothing run).</returns>
    public static int Execute(SweepRequest request, IAnsiConsole console, TextWriter error)
    {
        var shard = SweepShard.Whole;
        if (request.Shard is { } text && !SweepShard.TryParse(text, out shard))
        {
            error.WriteLine($"simwb: --shard takes i/N with 1 ≤ i ≤ N (e.g. 2/4), not '{text}'.");
            return Invalid;
        }

        if (request.Parallel is < 1 || request.BatchRuns < 1 || request.MaxRuns < 1)
        {
            error.WriteLine("simwb: --parallel, --batch-runs and --max-runs must be at least 1.");
            return Invalid;
        }

        var loaded = SweepLoader.Load(request.SweepPath, new SweepLoadOptions { Root = ValidateCommand.RootFor(request.SweepPath, null), MaxRuns = request.MaxRuns });
        foreach (var diagnostic in loaded.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (loaded.Sweep is not { } sweep)
        {
            error.WriteLine($"simwb: {request.SweepPath} is not a valid sweep; nothing was run.");
            return Invalid;
        }

        var part = shard.RunsOf(sweep.RunCount);
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Sweep '{sweep.Name}': {sweep.Points.Count:N0} points × {sweep.Strategies.Count} strategies × {sweep.Replications} replications = {sweep.RunCount:N0} runs")
            + (shard.Count > 1 ? $"; shard {shard}: {part:N0} runs" : string.Empty) + "."));
        var folder = request.OutDirectory ?? Path.Combine("results", Path.GetFileNameWithoutExtension(request.SweepPath) + "-sweep"
            + (shard.Count > 1 ? $"-shard-{shard.Index}-of-{shard.Count}" : string.Empty));
        using var database = SweepDatabase.OpenForSweep(folder, sweep, shard, out var problem);
        if (database is null)
        {
            error.WriteLine($"simwb: {problem}");
            return Invalid;
        }

        var options = new SweepOptions { MaxDegreeOfParallelism = request.Parallel ?? Environment.ProcessorCount, Shard = shard, BatchRuns = request.BatchRuns };
        var before = database.Status().Done;
        var summary = console.Profile.Capabilities.Interactive ? WithProgressBar(sweep, database, options, part, before, console) : WithProgressLines(sweep, database, options, before, console);
        if (request.Parquet)
        {
            database.ExportRuns(Path.Combine(folder, "runs.parquet"), ExportFormat.Parquet);
            database.ExportSeries(Path.Combine(folder, "series.parquet"), ExportFormat.Parquet);
        }

        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Ran:N0} runs done now, {summary.AlreadyDone:N0} found done; {summary.Failed:N0} failed. {summary.RunsPerSecond:0.0} runs/s; writing results took {summary.WritingShare:P1} of {summary.ElapsedSeconds:0.0} s.")));
        console.MarkupLine($"Results in [bold]{Markup.Escape(SweepDatabase.PathIn(folder))}[/]");
        if (summary.Failed > 0)
        {
            error.WriteLine($"simwb: {summary.Failed} run(s) failed; their errors are in the runs table (status = 'failed'). Please report them: a failing run is a bug.");
            return SomeRunsFailed;
        }

        return 0;
    }

    private static SweepSummary WithProgressBar(Sweep sweep, SweepDatabase database, SweepOptions options, long part, long before, IAnsiConsole console)
    {
        SweepSummary? summary = null;
        // Spectre's own time-left column would count a resumed sweep's runs found done as run in its
        // first second, so the description carries this invocation's rate and time left instead.
        console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"{Markup.Escape(sweep.Name)}: starting", maxValue: part);
                task.Value = before;
                var clock = Stopwatch.StartNew();
                summary = SweepRunner.Run(sweep, database, options with
                {
                    Progress = new Reporter(p =>
                    {
                        if (p.AfterCommit)
                        {
                            return;
                        }

                        task.Description = $"{Markup.Escape(sweep.Name)}: {SweepPace.Describe(p.Done, p.Total, before, clock.Elapsed.TotalSeconds)}";
                        task.Value = Math.Max(task.Value, p.Done);
                    }),
                });
            });
        return summary!;
    }

    /// <summary>Without a terminal (a batch job's log), one line per commit.</summary>
    private static SweepSummary WithProgressLines(Sweep sweep, SweepDatabase database, SweepOptions options, long before, IAnsiConsole console)
    {
        var clock = Stopwatch.StartNew();
        return SweepRunner.Run(sweep, database, options with
        {
            Progress = new Reporter(p =>
            {
                if (p.AfterCommit)
                {
                    console.WriteLine($"committed {SweepPace.Describe(p.Committed, p.Total, before, clock.Elapsed.TotalSeconds)}");
                }
            }),
        });
    }

    /// <summary>Reports progress at once on the reporting thread (Progress&lt;T&gt; would post late).</summary>
    private sealed class Reporter(Action<SweepProgress> report) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => report(value);
    }
}
