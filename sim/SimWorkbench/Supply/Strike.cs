using SimWorkbench.Hazards;
using SimWorkbench.Kernel;
using SimWorkbench.Network;

namespace SimWorkbench.Supply;

/// <summary>
/// A hazard as it happens in a run: a scenario's hazard, or one a cascade rule started, with its
/// generation and cause and where it reaches.
/// </summary>
/// <remarks>
/// Intensity at an element: 0 when the strike has targets and the element is not one of them; with
/// a centre and a radius, I·exp(−d / attenuation) (I without attenuation) within the radius and 0
/// beyond; otherwise I.
/// </remarks>
internal sealed record Strike(
    HazardId Id,
    HazardKind Kind,
    double OnsetHours,
    double ForecastHours,
    double DurationHours,
    double Intensity,
    int Generation,
    CascadeRuleId? Rule,
    HazardId? Parent,
    GeoPoint? Centre,
    double? RadiusKm,
    double? AttenuationKm,
    IReadOnlySet<Target>? Targets,
    HazardEffects Effects)
{
    /// <summary>A hazard of the scenario: generation 0.</summary>
    public static Strike Of(Hazard hazard) => hazard.Footprint switch
    {
        EpicentreFootprint e => new(
            hazard.Id, hazard.Kind, hazard.Onset.Hours, Math.Max(0, hazard.Onset.Hours - hazard.Warning.Hours), hazard.Duration.Hours,
            hazard.Intensity, 0, null, null, e.Epicentre, e.Radius.Kilometres, e.Attenuation?.Kilometres, null, hazard.Effects),
        TargetFootprint t => new(
            hazard.Id, hazard.Kind, hazard.Onset.Hours, Math.Max(0, hazard.Onset.Hours - hazard.Warning.Hours), hazard.Duration.Hours,
            hazard.Intensity, 0, null, null, null, null, null, t.Targets.ToHashSet(), hazard.Effects),
        _ => throw new ArgumentException($"Hazard '{hazard.Id}' has a footprint of an unknown kind.", nameof(hazard)),
    };

    /// <summary>
    /// The hazard a cascade rule starts: centred on the triggering element; within the effect's
    /// radius if it has one, on its targets if it has them, and on the triggering element alone
    /// with neither.
    /// </summary>
    public static Strike Caused(CascadeRule rule, HazardId? parent, int parentGeneration, Target trigger, GeoPoint where, double onsetHours)
    {
        var effect = rule.Effect;
        IReadOnlySet<Target>? targets = effect.Targets.Count > 0 ? effect.Targets.ToHashSet()
            : effect.Radius is null ? new HashSet<Target> { trigger }
            : null;
        var id = new HazardId(parent is { } p ? $"{p}>{rule.Id}@{trigger.Id}" : $"{rule.Id}@{trigger.Id}");
        return new(
            id, effect.Kind, onsetHours, onsetHours, effect.Duration.Hours, effect.Intensity, parentGeneration + 1, rule.Id, parent,
            where, effect.Radius?.Kilometres, effect.Attenuation?.Kilometres, targets, effect.Effects);
    }

    /// <summary>The intensity an element feels, in the kind's measure.</summary>
    /// <param name="element">The element.</param>
    /// <param name="position">Where it is.</param>
    /// <param name="distances">Distances measured so far.</param>
    /// <returns>The intensity, 0 where the hazard does not reach.</returns>
    public double IntensityAt(Target element, GeoPoint position, DistanceMemo distances)
    {
        if (Targets is not null && !Targets.Contains(element))
        {
            return 0;
        }

        if (Centre is null || RadiusKm is not { } radius)
        {
            return Intensity;
        }

        var d = distances.Kilometres(Centre, position);
        return d > radius ? 0
            : AttenuationKm is { } length ? Intensity * PortableMath.Exp(-d / length)
            : Intensity;
    }
}
