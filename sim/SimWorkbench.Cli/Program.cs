using System.CommandLine;
using SimWorkbench.Cli.Commands;
using Spectre.Console;

var root = new RootCommand("simwb: discrete-event simulation of emergency supply under cascading hazards.")
{
    BenchCommand.Create(),
    CompareCommand.Create(),
    DrillCommand.Create(),
    RunCommand.Create(),
    SweepCommand.Create(),
    ValidateCommand.Create(),
};

// Output redirected to a file or a batch job's log has no terminal width, and Spectre would wrap
// tables and lines at 80 columns; a wide profile keeps each table row on one line.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 240;
}

try
{
    // The default handler would print a stack trace; the catch below prints a clean line instead.
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
#pragma warning disable CA1031 // The one catch-all: at the program's edge, an internal fault becomes a message, never a stack trace.
catch (Exception e)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"simwb: internal error ({e.GetType().Name}: {e.Message}). This is a bug in simwb, not in your input; please report it.");
    return 70;
}
