using System.CommandLine;
using Spectre.Console;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// <c>simwb compare &lt;scenario&gt; [--strategies a,b,…] [--replications n] [--seed s] [--out dir]</c>:
/// runs the strategies (all of the scenario's by default) over common random numbers and writes a
/// results folder. Exit 0 on success, 2 for a bad scenario or argument.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML)." };
        var strategies = new Option<string[]>("--strategies")
        {
            Description = "Strategies to compare, comma-separated (default: all of the scenario's).",
            AllowMultipleArgumentsPerToken = true,
        };
        var (replications, seed, output) = CommonOptions.Create();
        var command = new Command("compare", "Compare strategies of a scenario over replications and write a results folder.")
        {
            scenario, strategies, replications, seed, output,
        };
        command.SetAction(parsed =>
        {
            var names = (parsed.GetValue(strategies) ?? [])
                .SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToArray();
            var request = new ComparisonRequest(
                parsed.GetValue(scenario)!,
                names.Length == 0 ? null : names,
                parsed.GetValue(replications),
                parsed.GetValue(seed),
                parsed.GetValue(output) ?? "results",
                "compare",
                CommonOptions.CommandLine());
            return ComparisonRunner.Execute(request, AnsiConsole.Console, Console.Error);
        });
        return command;
    }
}
