using System.CommandLine;
using SimWorkbench.Scenarios;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// <c>simwb validate &lt;file&gt;…</c>: loads each scenario and prints its diagnostics as a compiler
/// does (<c>path(line,col): error SWnnnn: message</c>). Exit 0 when every file is valid (warnings
/// allowed), 2 when any is not.
/// </summary>
internal static class ValidateCommand
{
    private const int Invalid = 2;

    public static Command Create()
    {
        var files = new Argument<string[]>("file")
        {
            Description = "Scenario files (YAML) to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var root = new Option<string?>("--root")
        {
            Description = "Folder tree that 'extends' may read from (default: the current folder, or the file's own folder when the file lies outside it).",
        };

        var command = new Command("validate", "Check scenario files and report every problem with its file, line and column.")
        {
            files,
            root,
        };
        command.SetAction(parsed =>
        {
            var invalid = 0;
            var paths = parsed.GetValue(files) ?? [];
            foreach (var path in paths)
            {
                var result = ScenarioLoader.Load(path, new ScenarioLoadOptions { Root = RootFor(path, parsed.GetValue(root)) });
                foreach (var diagnostic in result.Diagnostics)
                {
                    Console.Out.WriteLine(diagnostic);
                }

                invalid += result.IsValid ? 0 : 1;
            }

            var errors = invalid == 0 ? "all valid" : $"{invalid} invalid";
            Console.Out.WriteLine($"{paths.Length} file{(paths.Length == 1 ? string.Empty : "s")} checked: {errors}.");
            return invalid == 0 ? 0 : Invalid;
        });

        return command;
    }

    /// <summary>The given root, or the current folder when the file lies inside it, or else the file's own folder.</summary>
    internal static string RootFor(string path, string? given)
    {
        if (given is not null)
        {
            return given;
        }

        var here = Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path);
        return full.StartsWith(here, StringComparison.Ordinal) ? here : Path.GetDirectoryName(full) ?? here;
    }
}
