using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Scenarios;

/// <summary>
/// A scenario that did not load, thrown where a caller asked for a valid one (<see cref="Workbench.Load"/>, for notebooks):
/// its message lists every diagnostic, one a line, as the command line prints them.
/// </summary>
public sealed class InvalidScenarioException : Exception
{
    /// <summary>Creates the exception for a load that found errors.</summary>
    /// <param name="path">The scenario file, as the caller named it.</param>
    /// <param name="diagnostics">Every diagnostic found, errors and warnings, in file order.</param>
    public InvalidScenarioException(string path, IReadOnlyList<Diagnostic> diagnostics)
        : base(MessageOf(path, diagnostics))
    {
        Path = path;
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception with a message only (no path, no diagnostics).</summary>
    /// <param name="message">The message.</param>
    public InvalidScenarioException(string message)
        : base(message)
    {
        Path = string.Empty;
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message and the failure that caused it (no path, no diagnostics).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        Diagnostics = [];
    }

    /// <summary>Creates the exception with no details.</summary>
    public InvalidScenarioException()
    {
        Path = string.Empty;
        Diagnostics = [];
    }

    /// <summary>The scenario file, as the caller named it; empty when constructed without one.</summary>
    public string Path { get; }

    /// <summary>Every diagnostic found, errors and warnings, in file order; empty when constructed without them.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string MessageOf(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var lines = diagnostics.Select(d => d.ToString());
        return $"Scenario '{path}' is not valid ({errors} error{(errors == 1 ? string.Empty : "s")}):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
