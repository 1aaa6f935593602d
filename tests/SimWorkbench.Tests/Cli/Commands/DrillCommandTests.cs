using SimWorkbench.Cli.Commands;
using SimWorkbench.Tests.Drills;
using Spectre.Console;

namespace SimWorkbench.Tests.Cli.Commands;

/// <summary>simwb drill and simwb drill replay through their handlers (no subprocess).</summary>
public sealed class DrillCommandTests : IDisposable
{
    private readonly DrillFiles files = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        files.Dispose();
    }

    private string Results => Path.Combine(files.Folder, "results");

    private string Play()
    {
        var orders = files.Write("orders.yaml", """
            orders:
              - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 1000 L }
              - { at: 0h, kind: dispatch, from: spare, to: town, commodity: water, amount: 10 L }
            """);
        DrillCommand.Execute(files.WriteDrill(), orders, Results, output, error).ShouldBe(0);
        error.ToString().ShouldBeEmpty();
        return Path.Combine(Results, "drill-drill", DrillCommand.LogFile);
    }

    [Fact]
    public void A_scripted_drill_writes_its_log_and_after_action_review_and_reports_refusals()
    {
        var log = Play();

        File.Exists(log).ShouldBeTrue();
        File.Exists(Path.Combine(Results, "drill-drill", "after-action.csv")).ShouldBeTrue();
        File.Exists(Path.Combine(Results, "drill-drill", "gaps.csv")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(Results, "drill-drill", "after-action.html")).ShouldContain("<title>After-action review: Test drill</title>");
        output.ToString().ShouldContain("order 2 at 0 h refused: no-fleet:");
        output.ToString().ShouldContain("expected 'water-town' (by 2 h): met at 1.6 h");
    }

    [Fact]
    public void Replaying_a_log_reproduces_every_line_exactly()
    {
        var log = Play();

        DrillCommand.Replay(log, output, error).ShouldBe(0);
        output.ToString().ShouldContain("reproduced exactly");
    }

    [Fact]
    public void Replaying_a_log_that_was_altered_says_where_it_differs()
    {
        var log = Play();
        var lines = File.ReadAllLines(log);
        var summary = lines.Length - 1;
        lines[summary] = lines[summary].Replace("\"orders_refused\":1", "\"orders_refused\":0", StringComparison.Ordinal);
        File.WriteAllLines(log, lines);

        DrillCommand.Replay(log, output, error).ShouldBe(DrillCommand.Differs);
        output.ToString().ShouldContain($"differs from the log at line {summary + 1}");
    }

    [Fact]
    public void Review_builds_the_after_action_report_from_the_log_alone()
    {
        var log = Play();
        var folder = Path.Combine(files.Folder, "review");

        DrillCommand.Review(log, folder, output, error).ShouldBe(0);

        error.ToString().ShouldBeEmpty();
        // The same report as the session wrote, but for the element ids Plotly.NET draws at random.
        WithoutIds(File.ReadAllText(Path.Combine(folder, "after-action.html"))).ShouldBe(WithoutIds(File.ReadAllText(Path.Combine(Results, "drill-drill", "after-action.html"))));
    }

    private static string WithoutIds(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", "id");

    [Fact]
    public void Review_of_a_log_the_replay_does_not_reproduce_writes_nothing()
    {
        var log = Play();
        var lines = File.ReadAllLines(log);
        lines[^1] = lines[^1].Replace("\"orders_refused\":1", "\"orders_refused\":0", StringComparison.Ordinal);
        File.WriteAllLines(log, lines);
        var folder = Path.Combine(files.Folder, "review");

        DrillCommand.Review(log, folder, output, error).ShouldBe(DrillCommand.Differs);

        error.ToString().ShouldContain($"differs from the log at line {lines.Length}");
        Directory.Exists(folder).ShouldBeFalse();
    }

    [Fact]
    public void Msel_import_of_a_bad_cell_exits_2_with_its_position_and_writes_nothing()
    {
        var drill = files.WriteDrill();
        var csv = files.Write("msel.csv", "Inject Number,Scenario Time,Synopsis,Type,Delivery Method,From,To,Expected Player Action,Objective,Time Limit,Evaluator Notes\nI9,1h,Hello,gossip,,,,,,,\n");
        var target = Path.Combine(files.Folder, "new.yaml");

        DrillCommand.MselImport(csv, drill, target, output, error).ShouldBe(DrillCommand.Invalid);

        error.ToString().ShouldContain("msel.csv(2,4): error SW0616: Type: Type 'gossip' is not an inject type");
        File.Exists(target).ShouldBeFalse();
    }

    [Fact]
    public void Replaying_after_the_drill_file_changed_is_refused()
    {
        var log = Play();
        files.WriteDrill(DrillFiles.Drill.Replace("Start.", "Begin.", StringComparison.Ordinal));

        DrillCommand.Replay(log, output, error).ShouldBe(DrillCommand.Invalid);
        error.ToString().ShouldContain("has changed since the session");
    }

    [Fact]
    public void A_drill_with_errors_writes_nothing_and_exits_2()
    {
        var drill = files.WriteDrill(DrillFiles.Drill.Replace("strategy: central", "strategy: centre", StringComparison.Ordinal));

        DrillCommand.Execute(drill, "orders.yaml", Results, output, error).ShouldBe(DrillCommand.Invalid);
        error.ToString().ShouldContain("drill.yaml(3,11): error SW0200");
        Directory.Exists(Results).ShouldBeFalse();
    }

    [Fact]
    public void A_live_session_piped_on_stdin_checks_each_order_and_writes_a_log_that_replays_exactly()
    {
        using var input = new StringReader("""
            help
            dispatch reserve town water 1000 L
            dispatch reserv town water 10 L
            advance 2.5h
            dispatch reserve farm water 10 L
            next
            situation
            end
            """);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;

        DrillCommand.Live(files.WriteDrill(), Results, input, console, error, echo: true).ShouldBe(0);

        // The typo is a diagnostic, not an order; at 2.5 h the flood (2 h) has closed the lane to the farm.
        var text = output.ToString();
        error.ToString().ShouldBeEmpty();
        text.ShouldContain("mutual_aid <time>");
        text.ShouldContain("order 1 accepted (dispatch): 1 vehicle load(s)");
        text.ShouldContain("did you mean 'reserve'");
        text.ShouldContain("order 2 accepted (advance): clock to 2.5 h");
        text.ShouldContain("order 3 refused: no-route:");
        text.ShouldContain("order 4 accepted (advance): clock to 4 h");
        text.ShouldContain("Links not open: lane closed");
        text.ShouldContain("The drill ended at 12 h.");
        var log = Path.Combine(Results, "drill-drill", DrillCommand.LogFile);
        DrillCommand.Replay(log, output, error).ShouldBe(0);
        output.ToString().ShouldContain("reproduced exactly");
    }
}
