using System.Text;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Tests.Scenarios;

/// <summary>
/// Robustness: whatever the text, loading returns a result and never throws or hangs. Mutants
/// of every example (lines deleted, duplicated or swapped; characters changed, inserted or
/// deleted) with a fixed seed, and hand-made hostile inputs. No wall-clock bound: the loader's
/// structural limits (nodes, depth, aliases) are what stop runaway inputs, and they are tested below.
/// </summary>
public sealed class MutationTests
{
    private const int MutantsPerFile = 400;   // 7 files: 2,800 mutants
    private static readonly ScenarioLoadOptions Options = new() { Root = RepositoryFiles.Scenarios };
    private static readonly string Alphabet = "abcxyz019 :-_[]{},&*!|>#'\"\t\n.%@`~";

    [Fact]
    public void Thousands_of_mutants_of_the_examples_load_without_throwing()
    {
        var random = new Random(20260117);
        var loaded = 0;
        var rejected = 0;
        foreach (var file in RepositoryFiles.ExampleScenarios)
        {
            var path = Path.Combine(RepositoryFiles.Scenarios, file);
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < MutantsPerFile; i++)
            {
                var mutant = Mutate(lines, random);
                var result = ScenarioLoader.Parse(mutant, path, Options);

                result.IsValid.ShouldBe(!result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
                result.Diagnostics.ShouldAllBe(d => d.Location.Line >= 1 && d.Location.Column >= 1);
                (result.IsValid ? ref loaded : ref rejected)++;
            }
        }

        (loaded + rejected).ShouldBeGreaterThanOrEqualTo(2_000);
        rejected.ShouldBeGreaterThan(loaded / 10);   // the mutations do break most files
    }

    [Fact]
    public void Deep_nesting_is_refused_without_overflowing_the_stack()
    {
        var text = "name: " + new string('[', 100_000);

        var result = ScenarioLoader.Parse(text, "deep.yaml");

        result.Errors.Select(e => e.Code).ShouldBe([DiagnosticCodes.TooLarge]);
    }

    [Fact]
    public void Deep_nesting_through_aliases_is_refused()
    {
        var text = new StringBuilder("a0: &a0 [x]\n");
        for (var i = 1; i < 40; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [[[*a{i - 1}]]]\n");
        }

        ScenarioLoader.Parse(text.ToString(), "aliases.yaml").Errors.Select(e => e.Code).ShouldBe([DiagnosticCodes.TooLarge]);
    }

    [Fact]
    public void A_list_longer_than_the_limit_is_refused()
    {
        var text = "cities:\n" + string.Concat(Enumerable.Repeat("  - x\n", 10_001));

        ScenarioLoader.Parse(text, "long.yaml").Errors.Select(e => e.Code).ShouldBe([DiagnosticCodes.TooLarge]);
    }

    [Fact]
    public void Text_over_the_size_limit_is_refused_before_parsing()
    {
        var text = "name: " + new string('x', (1 << 20) + 1);

        ScenarioLoader.Parse(text, "big.yaml").Errors.Select(e => e.Code).ShouldBe([DiagnosticCodes.TooLarge]);
    }

    [Fact]
    public void An_alias_to_a_node_still_being_read_is_malformed()
    {
        ScenarioLoader.Parse("a: &a [*a]\n", "self.yaml").Errors.Select(e => e.Code).ShouldBe([DiagnosticCodes.MalformedYaml]);
    }

    [Fact]
    public void A_flow_list_continued_below_its_key_is_malformed_not_a_crash()
    {
        // YamlDotNet throws InvalidOperationException here rather than a YamlException.
        var text = "s:\n  - id: x\n    fleets: [a,\n  b]\n";

        ScenarioLoader.Parse(text, "dedent.yaml").Errors.Select(e => e.Code).ShouldBe([DiagnosticCodes.MalformedYaml]);
    }

    [Fact]
    public void Thousands_of_mistakes_are_capped_in_the_report()
    {
        var text = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"unknown{i}: 1\n"));

        ScenarioLoader.Parse(text, "many.yaml").Diagnostics.Count.ShouldBeLessThanOrEqualTo(DiagnosticBag.MaxDiagnostics);
    }

    [Fact]
    public void A_missing_file_and_a_folder_are_diagnostics_not_exceptions()
    {
        ScenarioLoader.Load(Path.Combine(RepositoryFiles.Scenarios, "no-such.yaml")).Errors.Single().Code.ShouldBe(DiagnosticCodes.UnreadableFile);
        ScenarioLoader.Load(RepositoryFiles.Scenarios).Errors.Single().Code.ShouldBe(DiagnosticCodes.UnreadableFile);
    }

    private static string Mutate(string[] original, Random random)
    {
        var lines = original.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && lines.Count > 1; e++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[at]);
                    break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                default:
                    lines[at] = MutateCharacters(lines[at], random);
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    private static string MutateCharacters(string line, Random random)
    {
        var text = new StringBuilder(line);
        var position = text.Length == 0 ? 0 : random.Next(text.Length);
        var character = Alphabet[random.Next(Alphabet.Length)];
        switch (random.Next(3))
        {
            case 0 when text.Length > 0:
                text[position] = character;
                break;
            case 1:
                text.Insert(position, character);
                break;
            default:
                if (text.Length > 0)
                {
                    text.Remove(position, 1);
                }

                break;
        }

        return text.ToString();
    }
}
