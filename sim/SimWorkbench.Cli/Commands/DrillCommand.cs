using System.CommandLine;
using System.Globalization;
using SimWorkbench.Drills;
using SimWorkbench.Reporting.Reports;
using SimWorkbench.Results;
using Spectre.Console;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// <c>simwb drill &lt;drill.yaml&gt; [--orders &lt;orders.yaml&gt;] [--out dir]</c>: plays a drill live at
/// the console (orders typed, or piped on stdin), or with the trainees' prepared orders, and writes
/// the log and the after-action review;
/// <c>simwb drill replay &lt;log&gt;</c>: plays a session's log again and checks that it is
/// reproduced exactly; <c>simwb drill review &lt;log&gt; [--out dir]</c>: builds the HTML after-action
/// report from a session's log; <c>simwb drill msel &lt;drill.yaml&gt;</c>: prints the drill's injects as an MSEL CSV;
/// <c>simwb drill msel import &lt;file.csv&gt; --into &lt;drill.yaml&gt; [--out new.yaml]</c>: replaces a drill's injects with an MSEL's.
/// Exit 0 on success, 1 when a replay differs, 2 for bad input (nothing written).
/// </summary>
internal static class DrillCommand
{
    public const int Invalid = 2;

    public const int Differs = 1;

    public const string LogFile = "drill-log.jsonl";

    public static Command Create()
    {
        var drill = new Argument<string>("drill") { Description = "The drill file (YAML)." };
        var orders = new Option<string?>("--orders") { Description = "The trainees' prepared orders (YAML): scripted play. Without it, live play: orders typed at the console, or read from stdin when it is piped." };
        var output = new Option<string?>("--out") { Description = "The folder the session's folder goes in (default: results)." };
        var command = new Command("drill", "Play a drill: the simulation plays the world, the trainees' orders play the supply command.")
        {
            drill, orders, output, ReplayCommand(), ReviewCommand(), MselCommand(),
        };
        command.SetAction(parsed => parsed.GetValue(orders) is { } ordersPath
            ? Execute(parsed.GetValue(drill)!, ordersPath, parsed.GetValue(output) ?? "results", Console.Out, Console.Error)
            : Live(parsed.GetValue(drill)!, parsed.GetValue(output) ?? "results", Console.In, AnsiConsole.Console, Console.Error, echo: Console.IsInputRedirected));
        return command;
    }

    /// <summary>
    /// Plays a drill live: the situation at each stop, orders read line by line from
    /// <paramref name="input"/> (a terminal, or a piped script), then the log and the review.
    /// </summary>
    /// <param name="drillPath">The drill file.</param>
    /// <param name="outDirectory">The folder the session's folder goes in.</param>
    /// <param name="input">Where the orders are read from, one per line.</param>
    /// <param name="console">Where the situation and the answers go.</param>
    /// <param name="error">Where the drill's diagnostics go.</param>
    /// <param name="echo">Whether to print each line read after the prompt (when stdin is not a terminal, so the transcript reads as a session).</param>
    public static int Live(string drillPath, string outDirectory, TextReader input, IAnsiConsole console, TextWriter error, bool echo)
    {
        var loaded = DrillLoader.Load(drillPath);
        Print(loaded.Diagnostics, error);
        if (loaded.Drill is not { } drill)
        {
            error.WriteLine($"simwb: {drillPath} is not a valid drill; nothing was played.");
            return Invalid;
        }

        var live = LiveDrill.Begin(drill);
        var session = new DrillConsole(live, input, console, echo).Play();
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Write(drillPath, loaded, drill, live.Given, session, outDirectory, output);
        console.Write(new Text(output.ToString()));
        return 0;
    }

    /// <summary>Plays a drill with prepared orders; the command's whole behaviour, callable from tests.</summary>
    public static int Execute(string drillPath, string ordersPath, string outDirectory, TextWriter output, TextWriter error)
    {
        var loaded = DrillLoader.Load(drillPath);
        Print(loaded.Diagnostics, error);
        if (loaded.Drill is not { } drill)
        {
            error.WriteLine($"simwb: {drillPath} is not a valid drill; nothing was played.");
            return Invalid;
        }

        var orders = DrillLoader.LoadOrders(ordersPath, drill);
        Print(orders.Diagnostics, error);
        if (orders.Orders is not { } given)
        {
            error.WriteLine($"simwb: {ordersPath} is not a valid order file; nothing was played.");
            return Invalid;
        }

        var session = DrillPlay.Play(drill, given);
        Write(drillPath, loaded, drill, given, session, outDirectory, output);
        return 0;
    }

    /// <summary>Replays a log; exit 0 when identical, 1 when it differs, 2 when it cannot be replayed.</summary>
    public static int Replay(string logPath, TextWriter output, TextWriter error)
    {
        var result = DrillLogFile.Replay(logPath);
        foreach (var line in result.Errors)
        {
            error.WriteLine(line);
        }

        if (result.Errors.Count > 0)
        {
            return Invalid;
        }

        if (result.FirstDifferentLine is { } line1)
        {
            output.WriteLine($"{logPath}: the replay differs from the log at line {line1}.");
            return Differs;
        }

        output.WriteLine($"{logPath}: replayed; every line of the log is reproduced exactly.");
        return 0;
    }

    /// <summary>
    /// Builds after-action.html from a session's log alone: replays it (the drill found relative to
    /// the log) and reviews the replayed session. Exit 0 when written, 1 when the replay differs from
    /// the log (the report would not be of that session), 2 when it cannot replay; nothing is written
    /// unless 0.
    /// </summary>
    public static int Review(string logPath, string? outDirectory, TextWriter output, TextWriter error)
    {
        var replay = DrillLogFile.Replay(logPath);
        foreach (var line in replay.Errors)
        {
            error.WriteLine(line);
        }

        if (replay.Errors.Count > 0)
        {
            return Invalid;
        }

        if (replay.FirstDifferentLine is { } differs)
        {
            error.WriteLine($"{logPath}: the replay differs from the log at line {differs}; a report of the replay would not be of this session, so none was written.");
            return Differs;
        }

        var review = AfterActionReview.Of(replay.Drill!, replay.Session!);
        var folder = outDirectory ?? Path.GetDirectoryName(Path.GetFullPath(logPath))!;
        try
        {
            output.WriteLine($"After-action report written to {AfterActionReport.Write(folder, replay.Drill!, review)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"simwb: cannot write {AfterActionReport.FileName} in {folder}: {e.Message}");
            return Invalid;
        }

        return 0;
    }

    /// <summary>Prints a drill's injects as MSEL CSV; exit 2 when the drill does not load.</summary>
    public static int Msel(string drillPath, TextWriter output, TextWriter error)
    {
        var loaded = DrillLoader.Load(drillPath);
        Print(loaded.Diagnostics, error);
        if (loaded.Drill is not { } drill)
        {
            error.WriteLine($"simwb: {drillPath} is not a valid drill; nothing was exported.");
            return Invalid;
        }

        output.Write(MselExport.ToCsv(drill));
        return 0;
    }

    /// <summary>Imports an MSEL CSV into a drill file; exit 2 with positioned errors, nothing written, when a cell or the drill is wrong.</summary>
    public static int MselImport(string csvPath, string drillPath, string? outPath, TextWriter output, TextWriter error)
    {
        var result = Drills.MselImport.Into(csvPath, drillPath, outPath);
        Print(result.Diagnostics, error);
        if (result.Written is not { } written)
        {
            error.WriteLine($"simwb: {csvPath} was not imported; nothing was written.");
            return Invalid;
        }

        output.WriteLine($"{result.Injects!.Count} injects imported from {csvPath} into {written}");
        return 0;
    }

    private static Command MselCommand()
    {
        var drill = new Argument<string>("drill") { Description = "The drill file (YAML)." };
        var csv = new Argument<string>("csv") { Description = "The MSEL (CSV, in the columns the export writes)." };
        var into = new Option<string>("--into") { Description = "The drill file whose injects the MSEL's replace.", Required = true };
        var output = new Option<string?>("--out") { Description = "Write the new drill here instead of over --into (in the same folder, so its scenario path holds)." };
        var import = new Command("import", "Replace a drill's injects with those of a master scenario events list (CSV).") { csv, into, output };
        import.SetAction(parsed => MselImport(parsed.GetValue(csv)!, parsed.GetValue(into)!, parsed.GetValue(output), Console.Out, Console.Error));
        var command = new Command("msel", "Print a drill's injects as a master scenario events list (CSV) for a spreadsheet.") { drill, import };
        command.SetAction(parsed => Msel(parsed.GetValue(drill)!, Console.Out, Console.Error));
        return command;
    }

    private static Command ReviewCommand()
    {
        var log = new Argument<string>("log") { Description = "A drill session's log (drill-log.jsonl)." };
        var output = new Option<string?>("--out") { Description = "The folder after-action.html goes in (default: the log's folder)." };
        var command = new Command("review", "Build the HTML after-action report (after-action.html) from a drill session's log.") { log, output };
        command.SetAction(parsed => Review(parsed.GetValue(log)!, parsed.GetValue(output), Console.Out, Console.Error));
        return command;
    }

    private static Command ReplayCommand()
    {
        var log = new Argument<string>("log") { Description = "A drill session's log (drill-log.jsonl)." };
        var command = new Command("replay", "Play a drill session's log again and check that it reproduces the same outcome exactly.") { log };
        command.SetAction(parsed => Replay(parsed.GetValue(log)!, Console.Out, Console.Error));
        return command;
    }

    /// <summary>Writes the session's log and after-action review into its folder and reports them.</summary>
    private static void Write(string drillPath, DrillLoadResult loaded, Drill drill, IReadOnlyList<DrillOrder> given, DrillSession session, string outDirectory, TextWriter output)
    {
        var review = AfterActionReview.Of(drill, session);
        using var folder = ResultsFolder.Begin(outDirectory, Path.GetFileNameWithoutExtension(drillPath) + "-drill");
        folder.WriteText(LogFile, string.Join('\n', DrillLogFile.Lines(Path.Combine(folder.Destination, LogFile), drillPath, loaded, given, session)) + "\n");
        folder.WriteText("after-action.csv", review.MetricsCsv());
        folder.WriteText("gaps.csv", review.GapsCsv());
        folder.WriteText(AfterActionReport.FileName, AfterActionReport.Create(drill, review).ToHtml());
        var written = folder.Complete();
        Report(drill, session, review, output);
        output.WriteLine($"Log and after-action review written to {written}");
    }

    private static void Print(IEnumerable<Scenarios.Diagnostics.Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic);
        }
    }

    private static void Report(Drill drill, DrillSession session, AfterActionReview review, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"{drill.Name}: {session.FiredInjects.Count} injects fired, {session.Orders.Count(o => o.Accepted)} orders carried out, {session.Orders.Count(o => !o.Accepted)} refused.");
        foreach (var refused in session.Orders.Where(o => !o.Accepted))
        {
            output.WriteLine(string.Create(culture, $"  order {refused.Order.Number} at {refused.Order.At.Hours:0.##} h refused: {refused.Refusal}"));
        }

        foreach (var assessment in session.Assessments)
        {
            var result = assessment.Met ? string.Create(culture, $"met at {assessment.MetAtHours:0.##} h") : assessment.Assessed ? "missed" : "open at the end";
            output.WriteLine(string.Create(culture, $"  expected '{assessment.Action.Id}' (by {assessment.DeadlineHours:0.##} h): {result}"));
        }

        output.WriteLine("After-action (fill rate per commodity; social cost):");
        foreach (var row in review.Rows)
        {
            var fills = string.Join("  ", row.Metrics.Overall.Select((o, c) => string.Create(culture, $"{drill.Scenario.Commodities[c].Id} {o.FillRate:P1}")));
            output.WriteLine(string.Create(culture, $"  {row.Label,-28} {fills}  social cost {row.Metrics.SocialCost:N0} {drill.Scenario.Currency.Code}  expectations met {row.ExpectationsMet}/{row.ExpectationsMet + row.ExpectationsMissed}"));
        }

        foreach (var gap in review.Gaps)
        {
            output.WriteLine(string.Create(culture, $"  gap vs {gap.Against}, {gap.Commodity}: widest between {gap.FromHours} and {gap.ToHours} h (+{gap.WidenedUnits:N0} unmet)"));
        }
    }
}
