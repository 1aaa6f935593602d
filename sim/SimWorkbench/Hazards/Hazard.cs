using SimWorkbench.Quantities;

namespace SimWorkbench.Hazards;

/// <summary>A hazard scheduled in the scenario (cascades add more while a run goes on).</summary>
/// <param name="Id">The hazard's id.</param>
/// <param name="Kind">What it is; fixes what its intensity measures.</param>
/// <param name="Onset">When it strikes, from the start of the run.</param>
/// <param name="Warning">How long before onset it is forecast (0: no warning): the time pre-positioning has.</param>
/// <param name="Duration">How long it lasts after onset (0 for a shock).</param>
/// <param name="Intensity">The intensity at the epicentre or on the targets, above 0, in the kind's measure.</param>
/// <param name="Footprint">Where it strikes.</param>
/// <param name="Effects">What it does there.</param>
public sealed record Hazard(
    HazardId Id,
    HazardKind Kind,
    Duration Onset,
    Duration Warning,
    Duration Duration,
    double Intensity,
    HazardFootprint Footprint,
    HazardEffects Effects);
