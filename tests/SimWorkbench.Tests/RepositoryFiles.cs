namespace SimWorkbench.Tests;

/// <summary>Paths in the repository the tests read (scenarios, the invalid corpus), found from the test's own folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string InvalidCorpus => Path.Combine(Root, "tests", "SimWorkbench.Tests", "Scenarios", "invalid");

    /// <summary>Every example scenario and what-if, relative to scenarios/ (not the sweeps in scenarios/sweeps/, the cluster files in scenarios/cluster/ nor the drills in scenarios/drills/).</summary>
    public static IEnumerable<string> ExampleScenarios =>
        Directory.EnumerateFiles(Scenarios, "*.yaml", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Scenarios, p))
            .Where(p => !p.StartsWith("sweeps" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !p.StartsWith("cluster" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !p.StartsWith("drills" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>Every example sweep, relative to scenarios/.</summary>
    public static IEnumerable<string> ExampleSweeps =>
        Directory.EnumerateFiles(Path.Combine(Scenarios, "sweeps"), "*.yaml")
            .Select(p => Path.GetRelativePath(Scenarios, p))
            .Order(StringComparer.Ordinal);

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
