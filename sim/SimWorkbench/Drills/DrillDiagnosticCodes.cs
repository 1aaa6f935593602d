namespace SimWorkbench.Drills;

/// <summary>
/// The diagnostic codes only drill and order files give (besides the scenario codes of
/// <see cref="Scenarios.Diagnostics.DiagnosticCodes"/>, which they share); scenarios/README.md explains each.
/// </summary>
public static class DrillDiagnosticCodes
{
    /// <summary>A drill's inject or a trainees' order timed at or after the drill's end: it would never happen.</summary>
    public const string AfterDrillEnd = "SW0610";

    /// <summary>An MSEL CSV that is not a table of the usual columns: a missing, unknown or repeated header, a row with more cells than headers, an unclosed quote.</summary>
    public const string MselShape = "SW0615";

    /// <summary>An MSEL cell not in its format (a time, a type, an expected player action, a time limit, an amount, an id), or a required cell left empty.</summary>
    public const string MselCell = "SW0616";

    /// <summary>An MSEL cell naming what the drill does not have: a role, a hazard, a city, a commodity, an expected action.</summary>
    public const string MselUnknownName = "SW0617";

    /// <summary>MSEL rows that contradict each other or the drill: an id used twice, a hazard forced twice, a different number of actions and time limits.</summary>
    public const string MselConflict = "SW0618";

    /// <summary>A drill's end condition that can never hold before its latest end (e.g. a service level held for longer than the drill lasts).</summary>
    public const string EndNeverHolds = "SW0620";
}
