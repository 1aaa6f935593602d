namespace SimWorkbench.Sweeps;

/// <summary>
/// The diagnostic codes only sweep files give; scenarios/README.md explains each. A sweep file's
/// other mistakes (unknown keys, wrong types, values its scenario rejects) carry the scenario
/// codes of <see cref="Scenarios.Diagnostics.DiagnosticCodes"/>.
/// </summary>
public static class SweepDiagnosticCodes
{
    /// <summary>A parameter's path names no value of the base scenario.</summary>
    public const string UnknownParameterPath = "SW0600";

    /// <summary>A sweep has more runs than the limit allows (the limit can be raised).</summary>
    public const string SweepTooLarge = "SW0601";
}
