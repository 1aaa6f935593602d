namespace SimWorkbench.Scenarios.Diagnostics;

/// <summary>
/// Collects diagnostics while a scenario loads. Bounded, so that a file with thousands of
/// mistakes costs neither unbounded memory nor an unreadable wall of text.
/// </summary>
internal sealed class DiagnosticBag
{
    public const int MaxDiagnostics = 200;

    private readonly List<Diagnostic> diagnostics = [];

    public bool HasErrors { get; private set; }

    public int Count => diagnostics.Count;

    /// <summary>No more diagnostics will be kept: callers may skip costly messages (suggestions).</summary>
    public bool IsFull => diagnostics.Count >= MaxDiagnostics;

    public void Error(string code, SourceLocation location, string message) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, message, location));

    public void Warning(string code, SourceLocation location, string message) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, location));

    /// <summary>
    /// The diagnostics in file, line and column order (stable for ties), one per code and
    /// position: a node reused through an alias is reported once, not at every use.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. diagnostics
            .DistinctBy(d => (d.Code, d.Location))
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location.Path, StringComparer.Ordinal)
            .ThenBy(x => x.d.Location.Line)
            .ThenBy(x => x.d.Location.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)];

    private void Add(Diagnostic diagnostic)
    {
        HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
        if (diagnostics.Count < MaxDiagnostics)
        {
            diagnostics.Add(diagnostic);
        }
    }
}
