using System.Globalization;

namespace SimWorkbench.Scenarios.Diagnostics;

/// <summary>A position in a scenario file.</summary>
/// <param name="Path">The file, as the user named it (or as reached through <c>extends</c>).</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The position as a compiler writes it: <c>path(line,col)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column})");
}
