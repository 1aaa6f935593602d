using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Drills;

/// <summary>What importing an MSEL gave.</summary>
/// <param name="Injects">The injects, in row order, or null when there was an error.</param>
/// <param name="Diagnostics">Every error, in line and column order.</param>
public sealed record MselImportResult(IReadOnlyList<Inject>? Injects, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The drill file written by <see cref="MselImport.Into"/>, or null when nothing was written.</summary>
    public string? Written { get; init; }

    /// <summary>True when the MSEL was read without error.</summary>
    public bool IsValid => Injects is not null;
}
