using SimWorkbench.Cli.Commands;
using SimWorkbench.Tests.Runs;
using Spectre.Console;

namespace SimWorkbench.Tests.Cli.Commands;

/// <summary>The run and compare commands end to end, through their handler (no subprocess).</summary>
public sealed class ComparisonRunnerTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "simwb-cli-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public ComparisonRunnerTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private string Results => Path.Combine(_dir, "results");

    private int Execute(string yaml, IReadOnlyList<string>? strategies = null, int? replications = null, bool firstOnly = false, string file = "parity.yaml")
    {
        var path = Path.Combine(_dir, file);
        File.WriteAllText(path, yaml);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_out),
        });
        var request = new ComparisonRequest(path, strategies, replications, Seed: null, Results, firstOnly ? "run" : "compare", "simwb test", firstOnly);
        return ComparisonRunner.Execute(request, console, _error);
    }

    [Fact]
    public void Compare_writes_the_results_folder_and_prints_the_table_with_the_better_value_marked()
    {
        var exit = Execute(ComparisonTests.Parity, replications: 2);

        exit.ShouldBe(0, _error.ToString());
        var folder = Path.Combine(Results, "parity-compare");
        File.Exists(Path.Combine(folder, "metrics", "summary.csv")).ShouldBeTrue();
        var text = _out.ToString();
        text.ShouldContain("centralised");
        text.ShouldContain("distributed");
        text.ShouldContain("water.fill_rate");
        text.ShouldContain("0 ± 0 *"); // distributed drives 0 km, the better (lower) value
        text.ShouldContain(folder);
    }

    [Fact]
    public void Compare_writes_the_report_and_the_resolved_scenario_whose_hash_the_manifest_holds()
    {
        File.WriteAllText(Path.Combine(_dir, "parity.yaml"), ComparisonTests.Parity);

        var exit = Execute("extends: parity.yaml\nname: Parity what-if\nseed: 8\n", replications: 2, file: "what-if.yaml");

        exit.ShouldBe(0, _error.ToString());
        var folder = Path.Combine(Results, "what-if-compare");
        var report = File.ReadAllText(Path.Combine(folder, "report.html"));
        report.ShouldContain("<title>Parity what-if: centralised vs distributed</title>");
        var scenario = File.ReadAllText(Path.Combine(folder, "scenario.yaml"));
        scenario.ShouldNotContain("extends:");
        scenario.ShouldContain("name: Parity what-if");
        scenario.ShouldContain("seed: 8");
        scenario.ShouldContain("id: distributed"); // from the base
        var manifest = SimWorkbench.Results.RunManifest.FromJson(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        manifest.ScenarioSha256.ShouldBe(SimWorkbench.Results.RunManifest.HashOf(scenario));
        manifest.Seed.ShouldBe(8UL);
        _out.ToString().ShouldContain("report.html");
    }

    [Fact]
    public void Run_takes_the_scenarios_first_strategy_by_default()
    {
        var exit = Execute(ComparisonTests.Parity, replications: 1, firstOnly: true);

        exit.ShouldBe(0, _error.ToString());
        var manifest = SimWorkbench.Results.RunManifest.FromJson(File.ReadAllText(Path.Combine(Results, "parity-run", "manifest.json")));
        manifest.Strategies.ShouldBe(["centralised"]);
        manifest.Replications.ShouldBe(1);
    }

    [Fact]
    public void A_scenario_with_errors_prints_the_validate_diagnostics_exits_2_and_writes_nothing()
    {
        var exit = Execute(ComparisonTests.Parity.Replace("horizon: 2d", "horizon: 2d\nhorizn: 3d", StringComparison.Ordinal));

        exit.ShouldBe(2);
        _error.ToString().ShouldContain("error SW0100");
        _error.ToString().ShouldContain("parity.yaml(");
        Directory.Exists(Results).ShouldBeFalse();
    }

    [Fact]
    public void An_unknown_strategy_names_the_known_ones_exits_2_and_writes_nothing()
    {
        var exit = Execute(ComparisonTests.Parity, strategies: ["centralised", "hybrid"]);

        exit.ShouldBe(2);
        _error.ToString().ShouldContain("'hybrid'");
        _error.ToString().ShouldContain("centralised, distributed");
        Directory.Exists(Results).ShouldBeFalse();
    }
}
