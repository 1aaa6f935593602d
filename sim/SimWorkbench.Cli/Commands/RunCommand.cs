using System.CommandLine;
using Spectre.Console;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// <c>simwb run &lt;scenario&gt; [--strategy name] [--replications n] [--seed s] [--out dir]</c>: runs
/// one strategy (the scenario's first by default) over replications and writes a results folder.
/// Exit 0 on success, 2 for a bad scenario or argument.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML)." };
        var strategy = new Option<string?>("--strategy") { Description = "The strategy to run (default: the scenario's first)." };
        var (replications, seed, output) = CommonOptions.Create();
        var command = new Command("run", "Run one strategy of a scenario over replications and write a results folder.")
        {
            scenario, strategy, replications, seed, output,
        };
        command.SetAction(parsed =>
        {
            var name = parsed.GetValue(strategy);
            var request = new ComparisonRequest(
                parsed.GetValue(scenario)!,
                name is null ? null : [name],
                parsed.GetValue(replications),
                parsed.GetValue(seed),
                parsed.GetValue(output) ?? "results",
                "run",
                CommonOptions.CommandLine());
            return ComparisonRunner.Execute(request with { FirstStrategyOnly = name is null }, AnsiConsole.Console, Console.Error);
        });
        return command;
    }
}
