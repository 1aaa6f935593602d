using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Sweeps.Reading;

namespace SimWorkbench.Sweeps;

/// <summary>
/// Loads and validates sweep files (see scenarios/README.md, "Sweeps"). Never throws on bad
/// input: the answer carries every problem with its file, line and column, the base scenario's
/// included, and every point's scenario is read and validated before the sweep is returned.
/// </summary>
public static class SweepLoader
{
    /// <summary>Loads the sweep file at <paramref name="path"/>.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="options">Root folder and the run limit; defaults when null.</param>
    /// <returns>The sweep if valid, and the diagnostics.</returns>
    public static SweepLoadResult Load(string path, SweepLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new SweepLoadOptions();
        var bag = new DiagnosticBag();
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (ArgumentException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(path, 1, 1), $"'{path}' is not a valid file path.");
            return new SweepLoadResult(null, bag.Sorted());
        }

        var text = ScenarioFile.Read(fullPath, new SourceLocation(path, 1, 1), path, ScenarioLoadOptions.Default.MaxFileBytes, bag);
        var sweep = text is null ? null : SweepReader.Read(text, path, fullPath, options, bag);
        return new SweepLoadResult(bag.HasErrors ? null : sweep, bag.Sorted());
    }
}
