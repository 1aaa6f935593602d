namespace SimWorkbench.Bench.Scenarios;

/// <summary>The repository's scenarios/ folder, found above the benchmark's own folder.</summary>
internal static class ScenarioFolder
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (File.Exists(Path.Combine(candidate, "metro-earthquake.yaml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("scenarios/metro-earthquake.yaml is not above the benchmark's folder; run from the repository.");
    }
}
