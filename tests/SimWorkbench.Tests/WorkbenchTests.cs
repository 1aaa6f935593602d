using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Tests;

public sealed class WorkbenchTests
{
    [Fact]
    public void Loading_a_valid_scenario_returns_it()
    {
        var scenario = Workbench.Load(Path.Combine(RepositoryFiles.Scenarios, "metro-earthquake.yaml"));

        scenario.Name.ShouldBe("Metro earthquake");
    }

    [Fact]
    public void Loading_an_invalid_scenario_throws_one_exception_listing_every_diagnostic()
    {
        var path = Path.Combine(Path.GetTempPath(), $"simwb-workbench-{Environment.ProcessId}-two-errors.yaml");
        File.WriteAllText(path, ComparisonTwoErrors);
        try
        {
            var error = Should.Throw<InvalidScenarioException>(() => Workbench.Load(path));

            var found = ScenarioLoader.Load(path).Diagnostics;
            error.Path.ShouldBe(path);
            error.Diagnostics.ShouldBe(found);
            var errors = found.Count(d => d.Severity == DiagnosticSeverity.Error);
            errors.ShouldBeGreaterThanOrEqualTo(2);
            error.Message.ShouldContain($"{errors} errors");
            error.Message.ShouldContain("horizn");
            error.Message.ShouldContain("population");
            foreach (var diagnostic in found)
            {
                error.Message.ShouldContain(diagnostic.ToString());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Two mistakes: an unknown key at the top (horizn) and a city with a negative population.
    private const string ComparisonTwoErrors = """
        name: Two errors
        horizn: 2d
        replications: 1
        seed: 1
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: -5 }
        depots: []
        links: []
        fleets: []
        strategies: []
        """;
}
