using SimWorkbench.Runs;
using SimWorkbench.Scenarios;

namespace SimWorkbench.Reporting.Tests;

/// <summary>
/// A small real comparison shared by the report tests: the metro earthquake (hazards, cascades,
/// closures) cut to 10 days, centralised against distributed, 3 replications.
/// </summary>
public sealed class MetroComparison
{
    public MetroComparison()
    {
        var scenarios = Path.Combine(FindRoot(), "scenarios");
        var loaded = ScenarioLoader.Parse("extends: metro-earthquake.yaml\nhorizon: 10d\n", Path.Combine(scenarios, "report-test.yaml"));
        var scenario = loaded.Scenario ?? throw new InvalidOperationException(string.Join('\n', loaded.Diagnostics));
        Result = Comparison.Run(scenario, new ComparisonOptions { Strategies = [new("centralised"), new("distributed")], Replications = 3 });
    }

    public ComparisonResult Result { get; }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SimWorkbench.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with SimWorkbench.sln) is not above the test's folder.");
    }
}
