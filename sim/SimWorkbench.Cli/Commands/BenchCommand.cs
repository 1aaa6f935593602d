using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SimWorkbench.Benchmarks;

namespace SimWorkbench.Cli.Commands;

/// <summary><c>simwb bench kernel</c> (the standard kernel models) and <c>simwb bench scenario</c> (whole runs).</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var runs = new Option<int>("--runs")
        {
            Description = "Timed runs per model; the median is reported.",
            DefaultValueFactory = _ => 5,
        };
        var models = new Option<string[]>("--model")
        {
            Description = $"Models to run (default: all): {string.Join(", ", KernelModels.Names)}.",
            AllowMultipleArgumentsPerToken = true,
        };
        models.AcceptOnlyFromAmong([.. KernelModels.Names]);

        var kernel = new Command("kernel", "Time the kernel on the standard models: scheduler, scheduler-async, mmc, stockpile.")
        {
            runs,
            models,
        };
        kernel.SetAction(parsed =>
        {
            var count = parsed.GetValue(runs);
            if (count < 1)
            {
                Console.Error.WriteLine("error: --runs must be at least 1.");
                return 2;
            }

            var chosen = parsed.GetValue(models) is { Length: > 0 } picked ? picked : [.. KernelModels.Names];
            Console.WriteLine($"kernel benchmark: median of {count} runs after one warm-up, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            foreach (var name in chosen)
            {
                Console.WriteLine(Measure(name, count));
            }

            return 0;
        });

        return new Command("bench", "Measure speed.") { kernel, BenchScenarioCommand.Create(), BenchRegionCommand.Create() };
    }

    private static string Measure(string model, int runs)
    {
        KernelModels.Run(model);
        var rates = new double[runs];
        var bytesPerEvent = new double[runs];
        KernelModelResult last = null!;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            last = KernelModels.Run(model);
            clock.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            rates[i] = last.Operations / clock.Elapsed.TotalSeconds;
            bytesPerEvent[i] = (double)allocated / last.Events;
        }

        Array.Sort(rates);
        Array.Sort(bytesPerEvent);
        var rate = rates[runs / 2];
        var bytes = bytesPerEvent[runs / 2];
        var detail = last.Detail.Length > 0 ? $"  {last.Detail}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{model,-16} {rate / 1e6,7:F2} M {last.Unit}/s  {bytes,7:F1} B/event  ({last.Operations:N0} {last.Unit}, {last.Events:N0} events){detail}");
    }
}
