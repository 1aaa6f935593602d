using System.CommandLine;

namespace SimWorkbench.Cli.Commands;

/// <summary>The options <c>run</c> and <c>compare</c> share.</summary>
internal static class CommonOptions
{
    public static (Option<int?> Replications, Option<ulong?> Seed, Option<string?> Output) Create() =>
        (new Option<int?>("--replications") { Description = "Replications per strategy (default: the scenario's)." },
         new Option<ulong?>("--seed") { Description = "The master seed (default: the scenario's)." },
         new Option<string?>("--out") { Description = "The folder results go in (default: results)." });

    /// <summary>The command line as typed, for the manifest.</summary>
    public static string CommandLine() => "simwb " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Select(Quote));

    private static string Quote(string argument) =>
        argument.Length == 0 || argument.Any(char.IsWhiteSpace) ? "\"" + argument + "\"" : argument;
}
