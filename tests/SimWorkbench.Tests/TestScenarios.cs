using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Tests;

/// <summary>Small scenarios written in the tests as YAML text.</summary>
internal static class TestScenarios
{
    /// <summary>Loads a scenario from text; fails the test on any error (warnings, such as an unreachable city, are allowed).</summary>
    public static Scenario Parse(string yaml)
    {
        var result = ScenarioLoader.Parse(yaml, "test.yaml");
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        return result.Scenario.ShouldNotBeNull();
    }

    /// <summary>Loads one of the example scenarios in scenarios/.</summary>
    public static Scenario Example(string file)
    {
        var result = ScenarioLoader.Load(Path.Combine(RepositoryFiles.Scenarios, file), new ScenarioLoadOptions { Root = RepositoryFiles.Scenarios });
        return result.Scenario.ShouldNotBeNull();
    }
}
