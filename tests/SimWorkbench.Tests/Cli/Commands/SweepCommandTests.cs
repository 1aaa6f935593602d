using System.Diagnostics;
using SimWorkbench.Cli.Commands;
using SimWorkbench.Sweeps;
using SimWorkbench.Sweeps.Storage;
using SimWorkbench.Tests.Sweeps;
using Spectre.Console;

namespace SimWorkbench.Tests.Cli.Commands;

/// <summary>
/// <c>simwb sweep</c> end to end: in process for its answers to bad input, and as a child process
/// (the built simwb.dll beside the tests) killed mid-sweep for resumption.
/// </summary>
public sealed class SweepCommandTests : IDisposable
{
    // 20 populations × 2 strategies × 15 replications = 600 runs of the small parity scenario.
    private const string LongSweep = """
        scenario: base.yaml
        seed: 11
        parameters:
          - path: cities.town.population
            range: { start: 500, stop: 10000, step: 500 }
        replications: 15
        series: [service_level]
        """;

    private readonly SweepFolder _folder = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_sweep_killed_mid_way_and_run_again_finishes_with_exactly_the_rows_of_an_uninterrupted_sweep()
    {
        var file = _folder.Write(LongSweep);
        var killed = Path.Combine(_folder.Root, "killed");
        string[] arguments = ["sweep", file, "--out", killed, "--parallel", "1", "--batch-runs", "10"];

        using (var child = Simwb(arguments))
        {
            var commits = 0;
            while (commits < 3 && child.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith("committed ", StringComparison.Ordinal))
                {
                    commits++;
                    line.ShouldContain(" runs/s, about "); // the rate and the time left
                }
            }

            // Mid-run the child holds the database; the status comes from its progress note.
            var running = SweepDatabase.StatusOf(killed, out var runningProblem);
            child.Kill(entireProcessTree: true); // SIGKILL: no chance to tidy up
            child.WaitForExit();
            commits.ShouldBe(3, "the sweep ended before it could be killed mid-way");
            running.ShouldNotBeNull(runningProblem).Running.ShouldBeTrue();
            running.Done.ShouldBeGreaterThanOrEqualTo(30);
            (running.Done % 10).ShouldBe(0);
            running.Info.PartRuns.ShouldBe(600);
        }

        SweepDatabase.StatusOf(killed, out var afterProblem).ShouldNotBeNull(afterProblem).Running.ShouldBeFalse();

        using (var interrupted = SweepDatabase.OpenToRead(killed, out var problem).ShouldNotBeNull(problem))
        {
            var status = interrupted.Status();
            status.Done.ShouldBeGreaterThanOrEqualTo(30); // three batches of ten were committed
            status.Done.ShouldBeLessThan(600);
            (status.Done % 10).ShouldBe(0); // whole batches only: no partial transaction survives
        }

        using (var rerun = Simwb(arguments))
        {
            rerun.StandardOutput.ReadToEnd();
            rerun.WaitForExit();
            rerun.ExitCode.ShouldBe(0, rerun.StandardError.ReadToEnd());
        }

        var sweep = _folder.Load(LongSweep);
        _folder.Run(sweep, "uninterrupted");
        var runs = _folder.Rows("killed", "runs", "run_index");
        runs.Count.ShouldBe(600);
        runs.ShouldBe(_folder.Rows("uninterrupted", "runs", "run_index"));
        _folder.Rows("killed", "series_steps", "run_index, series, step").ShouldBe(_folder.Rows("uninterrupted", "series_steps", "run_index, series, step"));
    }

    [Fact]
    public void An_unknown_path_prints_the_positioned_error_exits_2_and_writes_nothing()
    {
        var file = _folder.Write(LongSweep.Replace("cities.town.population", "cities.twon.population", StringComparison.Ordinal));

        var exit = Execute(new SweepRequest(file, Path.Combine(_folder.Root, "out"), null, null, false, SweepLoadOptions.DefaultMaxRuns, 256));

        exit.ShouldBe(SweepExecution.Invalid);
        _error.ToString().ShouldContain("sweep.yaml(4,11): error SW0600");
        _error.ToString().ShouldContain("'cities.town.population'");
        Directory.Exists(Path.Combine(_folder.Root, "out")).ShouldBeFalse();
    }

    [Fact]
    public void A_malformed_shard_exits_2()
    {
        var file = _folder.Write(LongSweep);

        var exit = Execute(new SweepRequest(file, Path.Combine(_folder.Root, "out"), null, "5/4", false, SweepLoadOptions.DefaultMaxRuns, 256));

        exit.ShouldBe(SweepExecution.Invalid);
        _error.ToString().ShouldContain("--shard takes i/N");
    }

    [Fact]
    public void A_shard_shows_the_sweeps_size_runs_its_part_and_exports_parquet_when_asked()
    {
        var file = _folder.Write(LongSweep);
        var folder = Path.Combine(_folder.Root, "out");

        var exit = Execute(new SweepRequest(file, folder, 2, "3/4", true, SweepLoadOptions.DefaultMaxRuns, 256));

        exit.ShouldBe(0, _error.ToString());
        _out.ToString().ShouldContain("20 points × 2 strategies × 15 replications = 600 runs; shard 3/4: 150 runs.");
        File.Exists(Path.Combine(folder, "runs.parquet")).ShouldBeTrue();
        File.Exists(Path.Combine(folder, "series.parquet")).ShouldBeTrue();
        _folder.Column("out", "run_index").Cast<long>().ShouldAllBe(run => run % 4 == 2);
    }

    [Fact]
    public void Export_writes_one_csv_row_per_run_in_run_order_with_a_stable_header()
    {
        var sweep = _folder.Load("""
            scenario: base.yaml
            parameters:
              - path: fleets.trucks.vehicles
                values: [4, 8]
              - path: links.road.travel_time
                values: [1 h, 120 min]
            replications: 2
            metrics: [fill_rate]
            """);
        _folder.Run(sweep, "out");
        using var database = SweepDatabase.OpenToRead(Path.Combine(_folder.Root, "out"), out var problem).ShouldNotBeNull(problem);
        var csv = Path.Combine(_folder.Root, "runs.csv");

        database.ExportRuns(csv, ExportFormat.Csv);

        var lines = File.ReadAllLines(csv);
        lines[0].ShouldBe("run_index,point,strategy,replication,seed,fleets.trucks.vehicles,links.road.travel_time [h],status,error,water.fill_rate");
        lines.Skip(1).Select(l => l.Split(',')[0]).ShouldBe([.. Enumerable.Range(0, 16).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]); // 4 points × 2 strategies × 2 replications
        lines.Skip(1).Select(l => double.Parse(l.Split(',')[6], System.Globalization.CultureInfo.InvariantCulture)).Distinct().ShouldBe([1.0, 2.0]); // 120 min is 2 h
    }

    private int Execute(SweepRequest request)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_out),
        });
        console.Profile.Width = 200; // no wrapping of the lines the test reads
        return SweepExecution.Execute(request, console, _error);
    }

    /// <summary>Starts the simwb built beside the tests (the test project references the CLI project).</summary>
    private static Process Simwb(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "simwb.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }
}
