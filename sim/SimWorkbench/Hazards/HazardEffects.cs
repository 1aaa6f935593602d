using SimWorkbench.Quantities;

namespace SimWorkbench.Hazards;

/// <summary>What a hazard does to the elements in its footprint.</summary>
/// <param name="Fragility">Damage to links, depots and cities' utilities, one curve per element kind.</param>
/// <param name="DemandSurges">Raised need in affected cities.</param>
/// <param name="Displacement">People displaced from affected cities, or null.</param>
/// <param name="LoadingFactor">Depots in the footprint load at this share of their throughput for the hazard's duration (1: unaffected).</param>
/// <param name="DistributionFactor">Deliveries into affected cities proceed at this share of their normal rate for the hazard's duration (1: unaffected).</param>
public sealed record HazardEffects(
    IReadOnlyList<FragilityCurve> Fragility,
    IReadOnlyList<DemandSurge> DemandSurges,
    Displacement? Displacement,
    Fraction LoadingFactor,
    Fraction DistributionFactor);
