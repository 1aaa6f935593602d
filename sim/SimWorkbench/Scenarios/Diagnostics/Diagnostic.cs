namespace SimWorkbench.Scenarios.Diagnostics;

/// <summary>One problem found in a scenario: what, where, and how serious.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">The stable code, e.g. <c>SW0100</c> (see <see cref="DiagnosticCodes"/> and scenarios/README.md).</param>
/// <param name="Message">What is wrong and what would be right.</param>
/// <param name="Location">Where.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation Location)
{
    /// <summary>The diagnostic as a compiler prints it: <c>path(line,col): error SWnnnn: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
