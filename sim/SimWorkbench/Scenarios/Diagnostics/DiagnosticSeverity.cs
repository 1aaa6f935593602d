namespace SimWorkbench.Scenarios.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the scenario still loads.</summary>
    Warning,

    /// <summary>The scenario cannot be used until it is fixed.</summary>
    Error,
}
