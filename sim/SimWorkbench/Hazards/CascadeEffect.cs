using SimWorkbench.Quantities;

namespace SimWorkbench.Hazards;

/// <summary>
/// The hazard a cascade rule starts. It is centred where the trigger happened (the element that
/// felt the intensity, or the city short of supply); with a radius it reaches elements within it,
/// with targets only those targets, and with neither only the triggering element.
/// </summary>
/// <param name="Kind">The new hazard's kind.</param>
/// <param name="Delay">Time from the trigger to the new hazard's onset.</param>
/// <param name="Probability">The chance the rule fires at each triggering element.</param>
/// <param name="Intensity">The new hazard's intensity, above 0.</param>
/// <param name="Duration">How long the new hazard lasts.</param>
/// <param name="Radius">How far from the trigger it reaches, or null.</param>
/// <param name="Attenuation">The e-folding distance of its intensity within the radius, or null for uniform.</param>
/// <param name="Targets">Elements it is limited to (within the radius if there is one); empty for none.</param>
/// <param name="Effects">What the new hazard does.</param>
public sealed record CascadeEffect(
    HazardKind Kind,
    Duration Delay,
    Fraction Probability,
    double Intensity,
    Duration Duration,
    Distance? Radius,
    Distance? Attenuation,
    IReadOnlyList<Target> Targets,
    HazardEffects Effects);
