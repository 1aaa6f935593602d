using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Tests.Scenarios;

/// <summary>
/// The invalid corpus (Scenarios/invalid/): each file states in its header the diagnostics it
/// must give, as <c># expect: CODE [file] line:column</c>, found by hand from where the mistake
/// is; the loader must give exactly those. Files under bases/ are only extended, never loaded alone.
/// The corpus runs with MaxExtendsDepth = 2 so that a short chain shows the depth limit.
/// </summary>
public sealed partial class InvalidCorpusTests
{
    private static readonly ScenarioLoadOptions Options = new() { Root = RepositoryFiles.InvalidCorpus, MaxExtendsDepth = 2 };

    public static TheoryData<string> Files =>
        [.. Directory.EnumerateFiles(RepositoryFiles.InvalidCorpus, "*.yaml").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_gives_exactly_the_diagnostics_its_header_expects(string file)
    {
        var path = Path.Combine(RepositoryFiles.InvalidCorpus, file);
        var expected = Expectations(path);
        expected.ShouldNotBeEmpty($"{file} states no expectation");

        var result = ScenarioLoader.Load(path, Options);

        result.Diagnostics
            .Select(d => (d.Code, File: Path.GetRelativePath(RepositoryFiles.InvalidCorpus, d.Location.Path).Replace('\\', '/'), d.Location.Line, d.Location.Column))
            .ShouldBe(expected, ignoreOrder: true, customMessage: string.Join(Environment.NewLine, result.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_loads_exactly_when_it_expects_only_warnings(string file)
    {
        var path = Path.Combine(RepositoryFiles.InvalidCorpus, file);
        var onlyWarnings = Expectations(path).All(e => e.Code.StartsWith("SW05", StringComparison.Ordinal));

        ScenarioLoader.Load(path, Options).IsValid.ShouldBe(onlyWarnings);
    }

    [Fact]
    public void Every_diagnostic_code_has_a_corpus_file()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        var covered = Directory.EnumerateFiles(RepositoryFiles.InvalidCorpus, "*.yaml").SelectMany(Expectations).Select(e => e.Code).ToHashSet();

        codes.Where(c => !covered.Contains(c)).ShouldBeEmpty();
    }

    [Fact]
    public void The_base_every_extends_case_builds_on_is_itself_clean()
    {
        ScenarioLoader.Load(Path.Combine(RepositoryFiles.InvalidCorpus, "bases", "minimal.yaml"), Options).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Diagnostics_print_like_a_compiler()
    {
        var path = Path.Combine(RepositoryFiles.InvalidCorpus, "SW0103-bare-number.yaml");

        var line = ScenarioLoader.Load(path, Options).Diagnostics.Single().ToString();

        line.ShouldStartWith($"{path}(14,63): error SW0103: ");
        line.ShouldContain("km");   // the accepted units are listed
    }

    [Fact]
    public void A_misspelt_key_gets_a_suggestion()
    {
        var message = ScenarioLoader.Load(Path.Combine(RepositoryFiles.InvalidCorpus, "SW0100-unknown-key.yaml"), Options).Diagnostics.Single().Message;

        message.ShouldContain("did you mean 'seed'?");
    }

    [Fact]
    public void An_unknown_reference_names_the_nearest_id()
    {
        var message = ScenarioLoader.Load(Path.Combine(RepositoryFiles.InvalidCorpus, "SW0200-unknown-reference.yaml"), Options).Diagnostics.Single().Message;

        message.ShouldContain("did you mean 'beta'?");
    }

    [Fact]
    public void The_stock_parity_warning_names_the_difference()
    {
        var message = ScenarioLoader.Load(Path.Combine(RepositoryFiles.InvalidCorpus, "SW0501-stock-parity.yaml"), Options).Diagnostics.Single().Message;

        // The centralised strategy holds the depot's 50,000 L; the distributed one places 40,000 L.
        message.ShouldContain("40,000 L of water, 10,000 L less than strategy 'central' (50,000 L)");
    }

    [Fact]
    public void The_fleet_parity_warning_names_the_difference()
    {
        var message = ScenarioLoader.Load(Path.Combine(RepositoryFiles.InvalidCorpus, "SW0502-fleet-parity.yaml"), Options).Diagnostics.Single().Message;

        // 2 trucks of 10 t against none.
        message.ShouldContain("uses 0 vehicles carrying 0.0 t per trip, strategy 'central' 2 vehicles carrying 20.0 t");
    }

    private static List<(string Code, string File, int Line, int Column)> Expectations(string path)
    {
        var file = Path.GetFileName(path);
        return [.. File.ReadLines(path)
            .TakeWhile(l => l.StartsWith('#'))
            .Select(l => Expectation().Match(l))
            .Where(m => m.Success)
            .Select(m => (
                m.Groups["code"].Value,
                m.Groups["file"].Success ? m.Groups["file"].Value : file,
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture)))];
    }

    [GeneratedRegex(@"^# expect: (?<code>SW\d{4}) (?:(?<file>\S+\.yaml) )?(?<line>\d+):(?<column>\d+)$")]
    private static partial Regex Expectation();
}
