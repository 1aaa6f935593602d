using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SimWorkbench.Benchmarks;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// <c>simwb bench region --cities 100,300,1000 [--days 180] [--runs 3]</c>: times one replication
/// of each strategy of generated regions (<see cref="GeneratedRegion"/>) of growing size, so that
/// the cost per city-day shows whether the engine scales linearly.
/// </summary>
internal static class BenchRegionCommand
{
    public static Command Create()
    {
        var cities = new Option<int[]>("--cities")
        {
            Description = $"Region sizes to time, in cities (at least {GeneratedRegion.MinimumCities}), comma-separated.",
            DefaultValueFactory = _ => [100, 300, 1000],
            CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries)).Select(ParseCount)],
        };
        var days = new Option<int>("--days")
        {
            Description = "Horizon in days.",
            DefaultValueFactory = _ => 180,
        };
        var runs = new Option<int>("--runs")
        {
            Description = "Timed runs per strategy and size (replications 1..n); the median is reported.",
            DefaultValueFactory = _ => 3,
        };
        var command = new Command("region", "Time one run of each strategy on generated regions of growing size (Release build recommended).")
        {
            cities,
            days,
            runs,
        };
        command.SetAction(parsed =>
        {
            var sizes = parsed.GetValue(cities)!;
            var horizon = parsed.GetValue(days);
            var count = parsed.GetValue(runs);
            if (sizes.Length == 0 || sizes.Any(n => n < GeneratedRegion.MinimumCities))
            {
                Console.Error.WriteLine($"error: --cities takes sizes of at least {GeneratedRegion.MinimumCities}, e.g. --cities 100,300,1000.");
                return 2;
            }

            if (horizon < 1 || count < 1)
            {
                Console.Error.WriteLine("error: --days and --runs must be at least 1.");
                return 2;
            }

            Console.WriteLine($"region benchmark: {horizon} days, median of {count} runs after one warm-up, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            Console.WriteLine("cities  links  strategy          run ms  metrics ms  µs/city-day  MB allocated  peak MB (process)");
            foreach (var size in sizes)
            {
                var scenario = GeneratedRegion.Create(size, horizon);
                foreach (var strategy in scenario.Strategies)
                {
                    Console.WriteLine(Measure(scenario, strategy.Id, count));
                }
            }

            return 0;
        });
        return command;
    }

    private static int ParseCount(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static string Measure(Scenario scenario, Strategies.StrategyId strategy, int runs)
    {
        var costs = scenario.Commodities.Select(c => c.DeprivationCost).ToArray();
        Comparison.MetricsOf(scenario, SupplyRun.Run(scenario, strategy, replication: 0), Comparison.OnsetHourOf(scenario), costs, keepEvents: false);
        var runMs = new double[runs];
        var metricsMs = new double[runs];
        var megabytes = new double[runs];
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var outcome = SupplyRun.Run(scenario, strategy, replication: r + 1);
            runMs[r] = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            Comparison.MetricsOf(scenario, outcome, Comparison.OnsetHourOf(scenario), costs, keepEvents: false);
            metricsMs[r] = clock.Elapsed.TotalMilliseconds;
            megabytes[r] = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1e6;
        }

        Array.Sort(runMs);
        Array.Sort(metricsMs);
        Array.Sort(megabytes);
        var cities = scenario.Network.Cities.Count;
        var cityDays = cities * scenario.Horizon.Hours / 24;
        var run = runMs[runs / 2];
        var metrics = metricsMs[runs / 2];
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
        return string.Create(CultureInfo.InvariantCulture,
            $"{cities,6} {scenario.Network.Links.Count,6}  {strategy.Value,-14} {run,9:F1} {metrics,11:F1} {(run + metrics) * 1000 / cityDays,12:F2} {megabytes[runs / 2],13:F1} {peak,18:F0}");
    }
}
