using SimWorkbench.Drills.Msel;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Drills;

/// <summary>
/// Reads a master scenario events list (CSV, in the columns and cell formats <see cref="MselExport"/>
/// writes) into a drill's injects: the inverse of the export, so that trainers can keep their event
/// lists in a spreadsheet. Every bad cell is a diagnostic positioned at its line and its column's
/// number (SW0615–SW0618), all collected; nothing is written unless there are none.
/// </summary>
/// <remarks>
/// Cell formats (scenarios/README.md has the full table): Scenario Time <c>6h</c>, <c>1d 2h</c>,
/// <c>90min</c>, a clock <c>06:30</c> from the start, or <c>if missed: &lt;expected action id&gt;</c>;
/// Type <c>message</c>, <c>data_update</c>, <c>decision_point</c> (or the usual names: information,
/// update, sitrep, decision…) or <c>hazard: &lt;id&gt;</c>; Expected Player Action
/// <c>[&lt;id&gt;:] &lt;text&gt; [&lt;commodity&gt; ≥ &lt;amount&gt; to &lt;city&gt;]</c>, several separated by
/// <c>; </c>, with as many durations in Time Limit.
/// </remarks>
public static class MselImport
{
    /// <summary>Reads the MSEL at <paramref name="csvPath"/> into injects, checking its names against the drill.</summary>
    /// <param name="csvPath">The CSV file, as the user named it (diagnostics show it as given).</param>
    /// <param name="drill">The drill whose scenario and roles the cells name.</param>
    /// <returns>The injects in row order when there is no error, and the diagnostics.</returns>
    public static MselImportResult Read(string csvPath, Drill drill)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        ArgumentNullException.ThrowIfNull(drill);
        var bag = new DiagnosticBag();
        string text;
        try
        {
            text = File.ReadAllText(csvPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(csvPath, 1, 1), $"cannot read '{csvPath}': {e.Message}");
            return new MselImportResult(null, bag.Sorted());
        }

        var injects = new MselRowReader(csvPath, drill, bag).Read(text);
        return new MselImportResult(bag.HasErrors ? null : injects, bag.Sorted());
    }

    /// <summary>
    /// Replaces the injects of the drill file at <paramref name="drillPath"/> with the MSEL's and
    /// writes the drill to <paramref name="outPath"/> (the drill file itself when null). The rest of
    /// the file (its comments too) is kept as written; the result is loaded again before it replaces
    /// anything, and nothing is written when the MSEL or the result has an error.
    /// </summary>
    /// <param name="csvPath">The MSEL CSV.</param>
    /// <param name="drillPath">The drill whose injects it replaces.</param>
    /// <param name="outPath">Where to write the new drill; its <c>scenario</c> path is kept as written, so put it in the drill's folder.</param>
    /// <returns>The diagnostics and, when written, the drill's path and its injects.</returns>
    public static MselImportResult Into(string csvPath, string drillPath, string? outPath = null)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        ArgumentNullException.ThrowIfNull(drillPath);
        var loaded = DrillLoader.Load(drillPath);
        if (loaded.Drill is not { } drill)
        {
            return new MselImportResult(null, loaded.Diagnostics);
        }

        var read = Read(csvPath, drill);
        if (read.Injects is not { } injects)
        {
            return read;
        }

        var target = outPath ?? drillPath;
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        var working = Path.Combine(folder, "." + Path.GetFileName(target) + ".importing");
        try
        {
            File.WriteAllText(working, InjectsYaml.Replace(loaded.SourceText!, InjectsYaml.Section(injects, drill)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new MselImportResult(null, [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.UnreadableFile, $"cannot write the drill there: {e.Message}", new SourceLocation(target, 1, 1))]);
        }

        var check = DrillLoader.Load(working);
        if (!check.IsValid)
        {
            File.Delete(working);
            return new MselImportResult(null, [.. check.Diagnostics.Select(d => d with { Location = d.Location.Path == working ? d.Location with { Path = target } : d.Location })]);
        }

        File.Move(working, target, overwrite: true);
        return new MselImportResult(check.Drill!.Injects, read.Diagnostics) { Written = target };
    }
}
