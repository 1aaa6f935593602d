using SimWorkbench.Hazards;

namespace SimWorkbench.Runs;

/// <summary>
/// One hazard that happened in a run, scheduled in the scenario or started by a cascade rule:
/// a line of the run's event log.
/// </summary>
/// <param name="Id">The hazard's id: the scenario's, or for a cascade "parent&gt;rule@element" (the element that triggered it).</param>
/// <param name="Kind">What it was.</param>
/// <param name="OnsetHours">When it struck, in hours from the start of the run.</param>
/// <param name="ForecastHours">When it was forecast (onset − warning, at least 0), in hours: the time pre-positioning could start; the onset when there was no warning.</param>
/// <param name="Generation">0 for a scenario's hazard; one more than its parent's for a cascade's.</param>
/// <param name="Rule">The cascade rule that started it, or null for a scenario's hazard.</param>
/// <param name="Parent">The hazard whose effect triggered the rule, or null (a scenario's hazard, or a shortage trigger).</param>
/// <param name="Intensity">The intensity at its centre or on its targets, in its kind's measure.</param>
/// <param name="Affected">The elements that felt it (intensity above 0), links first, then depots, then cities, each in scenario order.</param>
/// <param name="Damaged">The elements its fragility curves damaged, in the same order.</param>
public sealed record HazardRecord(
    HazardId Id,
    HazardKind Kind,
    double OnsetHours,
    double ForecastHours,
    int Generation,
    CascadeRuleId? Rule,
    HazardId? Parent,
    double Intensity,
    IReadOnlyList<Target> Affected,
    IReadOnlyList<Target> Damaged);
