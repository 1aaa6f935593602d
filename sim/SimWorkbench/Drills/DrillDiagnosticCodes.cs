namespace SimWorkbench.Drills;

/// <summary>
/// The diagnostic codes only drill and order files give (besides the scenario codes of
/// <see cref="Scenarios.Diagnostics.DiagnosticCodes"/>, which they share); scenarios/README.md explains each.
/// </summary>
public static class DrillDiagnosticCodes
{
    /// <summary>A drill's inject or a trainees' order timed at or after the drill's end: it would never happen.</summary>
    public const string AfterDrillEnd = "SW0610";

    /// <summary>A drill's end condition that can never hold before its latest end (e.g. a service level held for longer than the drill lasts).</summary>
    public const string EndNeverHolds = "SW0620";
}
