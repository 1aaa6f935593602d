using System.CommandLine;
using System.Globalization;
using SimWorkbench.Sweeps;
using SimWorkbench.Sweeps.Storage;
using Spectre.Console;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// <c>simwb sweep &lt;sweep.yaml&gt; [--out dir] [--parallel n] [--shard i/N] [--parquet] [--max-runs n]</c>
/// and its helpers <c>sweep status &lt;dir&gt;</c>, <c>sweep merge &lt;dir&gt;… --out dir</c>,
/// <c>sweep export &lt;dir&gt; --csv file | --parquet file</c>. Exit 0 on success, 1 when runs
/// failed, 2 for a bad file, argument or folder.
/// </summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("sweep") { Description = "The sweep file (YAML)." };
        var output = new Option<string?>("--out") { Description = "The output folder (default: results/<file name>-sweep, with -shard-i-of-N for a shard)." };
        var parallel = new Option<int?>("--parallel") { Description = "Runs at once (default: every core). Results do not depend on it." };
        var shard = new Option<string?>("--shard") { Description = "Run only part i of N (e.g. 2/4); merge the parts with 'simwb sweep merge'." };
        var parquet = new Option<bool>("--parquet") { Description = "Also write runs.parquet and series.parquet in the output folder when done." };
        var maxRuns = new Option<long>("--max-runs") { Description = "Refuse a sweep of more runs than this.", DefaultValueFactory = _ => SweepLoadOptions.DefaultMaxRuns };
        var batchRuns = new Option<int>("--batch-runs") { Description = "Runs committed to the database per transaction.", DefaultValueFactory = _ => 1024 };
        var command = new Command("sweep", "Run a parameter sweep into an embedded DuckDB database; resumable, shardable.")
        {
            file, output, parallel, shard, parquet, maxRuns, batchRuns,
            Status(), Merge(), Export(),
        };
        command.SetAction(parsed => SweepExecution.Execute(
            new SweepRequest(parsed.GetValue(file)!, parsed.GetValue(output), parsed.GetValue(parallel), parsed.GetValue(shard), parsed.GetValue(parquet), parsed.GetValue(maxRuns), parsed.GetValue(batchRuns)),
            AnsiConsole.Console,
            Console.Error));
        return command;
    }

    private static Command Status()
    {
        var folder = new Argument<string>("dir") { Description = "A sweep's output folder." };
        var command = new Command("status", "How far a sweep has got: runs done of the total, failures.") { folder };
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(folder)!;
            var status = SweepDatabase.StatusOf(dir, out var problem);
            if (status is null)
            {
                Console.Error.WriteLine($"simwb: {problem}");
                return SweepExecution.Invalid;
            }

            var info = status.Info;
            var parts = info.ShardCount == 1 ? "the whole sweep" : $"shard(s) {string.Join(',', info.Shards)} of {info.ShardCount}";
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{info.Name}: {status.Done:N0}/{info.PartRuns:N0} runs done ({parts}; {info.TotalRuns:N0} runs in the sweep), {status.Failed:N0} failed{(status.IsComplete ? "; complete" : string.Empty)}{(status.Running ? "; running: another simwb is writing it, and these are the figures of its last commit" : string.Empty)}."));
            return 0;
        });
        return command;
    }

    private static Command Merge()
    {
        var folders = new Argument<string[]>("dirs") { Description = "The shards' output folders.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The folder for the merged database (must not hold one).", Required = true };
        var command = new Command("merge", "Join shards of one sweep into one database (refuses shards of different sweeps).") { folders, output };
        command.SetAction(parsed =>
        {
            var merged = SweepDatabase.Merge(parsed.GetValue(folders)!, parsed.GetValue(output)!, out var problem);
            if (merged is null)
            {
                Console.Error.WriteLine($"simwb: {problem}");
                return SweepExecution.Invalid;
            }

            var missing = Enumerable.Range(1, merged.ShardCount).Except(merged.Shards).ToList();
            Console.Out.WriteLine($"Merged shard(s) {string.Join(',', merged.Shards)} of {merged.ShardCount} into {SweepDatabase.PathIn(parsed.GetValue(output)!)}"
                + (missing.Count == 0 ? "." : $"; shard(s) {string.Join(',', missing)} still missing."));
            return 0;
        });
        return command;
    }

    private static Command Export()
    {
        var folder = new Argument<string>("dir") { Description = "A sweep's output folder." };
        var csv = new Option<string?>("--csv") { Description = "Write the runs table to this CSV file." };
        var parquet = new Option<string?>("--parquet") { Description = "Write the runs table to this Parquet file." };
        var command = new Command("export", "Write the runs table (one row per run, in run order) to CSV or Parquet.") { folder, csv, parquet };
        command.SetAction(parsed =>
        {
            var (csvFile, parquetFile) = (parsed.GetValue(csv), parsed.GetValue(parquet));
            if (csvFile is null == parquetFile is null)
            {
                Console.Error.WriteLine("simwb: give exactly one of --csv <file> or --parquet <file>.");
                return SweepExecution.Invalid;
            }

            using var database = SweepDatabase.OpenToRead(parsed.GetValue(folder)!, out var problem);
            if (database is null)
            {
                Console.Error.WriteLine($"simwb: {problem}");
                return SweepExecution.Invalid;
            }

            database.ExportRuns(csvFile ?? parquetFile!, csvFile is null ? ExportFormat.Parquet : ExportFormat.Csv);
            Console.Out.WriteLine($"Wrote {csvFile ?? parquetFile}.");
            return 0;
        });
        return command;
    }
}
