using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// <c>simwb bench scenario &lt;file&gt;</c>: times one replication of each strategy of a scenario,
/// one line per strategy: median wall time per run and allocated memory per run.
/// </summary>
internal static class BenchScenarioCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("scenario") { Description = "The scenario file to time." };
        var runs = new Option<int>("--runs")
        {
            Description = "Timed runs per strategy (replications 1..n); the median is reported.",
            DefaultValueFactory = _ => 5,
        };
        var warmUp = new Option<double>("--warm-up")
        {
            Description = "Seconds of untimed runs per strategy first (at least one run): the runtime recompiles hot code, optimised, only after it has run a while.",
            DefaultValueFactory = _ => 2,
        };
        var command = new Command("scenario", "Time single runs of each strategy of a scenario (Release build recommended).")
        {
            file,
            runs,
            warmUp,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var count = parsed.GetValue(runs);
            var warmUpSeconds = parsed.GetValue(warmUp);
            if (count < 1 || !(warmUpSeconds >= 0))
            {
                Console.Error.WriteLine("error: --runs must be at least 1 and --warm-up at least 0 seconds.");
                return 2;
            }

            var loaded = ScenarioLoader.Load(path, new ScenarioLoadOptions { Root = ValidateCommand.RootFor(path, null) });
            foreach (var diagnostic in loaded.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic);
            }

            if (loaded.Scenario is not { } scenario)
            {
                Console.Error.WriteLine($"simwb: {path} is not a valid scenario; nothing was run.");
                return 2;
            }

            Console.WriteLine($"scenario benchmark: {scenario.Name}, {scenario.Horizon} horizon, median of {count} runs after {warmUpSeconds.ToString(CultureInfo.InvariantCulture)} s of warm-up runs, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            foreach (var strategy in scenario.Strategies)
            {
                Console.WriteLine(Measure(scenario, strategy.Id, count, TimeSpan.FromSeconds(warmUpSeconds)));
            }

            return 0;
        });
        return command;
    }

    private static string Measure(Scenario scenario, Strategies.StrategyId strategy, int runs, TimeSpan warmUp)
    {
        var warming = Stopwatch.StartNew();
        var replication = runs + 1;
        do
        {
            SupplyRun.Run(scenario, strategy, replication++);
        }
        while (warming.Elapsed < warmUp);

        var milliseconds = new double[runs];
        var megabytes = new double[runs];
        for (var r = 0; r < runs; r++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            SupplyRun.Run(scenario, strategy, replication: r + 1);
            clock.Stop();
            milliseconds[r] = clock.Elapsed.TotalMilliseconds;
            megabytes[r] = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1e6;
        }

        Array.Sort(milliseconds);
        Array.Sort(megabytes);
        return string.Create(CultureInfo.InvariantCulture,
            $"{strategy.Value,-16} {milliseconds[runs / 2],9:F1} ms/run  {megabytes[runs / 2],8:F1} MB allocated/run");
    }
}
