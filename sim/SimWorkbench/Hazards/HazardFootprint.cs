using SimWorkbench.Kernel;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Hazards;

/// <summary>Where a hazard strikes: around an epicentre, or on named targets.</summary>
public abstract record HazardFootprint;

/// <summary>
/// A hazard centred on a point: the intensity at distance d is I₀·exp(−d / attenuation), or I₀
/// throughout when no attenuation is given, and nothing beyond the radius.
/// </summary>
/// <param name="Epicentre">The centre.</param>
/// <param name="Radius">The distance beyond which the hazard has no effect.</param>
/// <param name="Attenuation">The e-folding distance of intensity, or null for a uniform intensity.</param>
public sealed record EpicentreFootprint(GeoPoint Epicentre, Distance Radius, Distance? Attenuation) : HazardFootprint
{
    /// <summary>The intensity at <paramref name="distance"/> from the epicentre, given the intensity at the epicentre.</summary>
    /// <param name="epicentreIntensity">The intensity at the epicentre.</param>
    /// <param name="distance">The distance from the epicentre.</param>
    /// <returns>The intensity there; 0 beyond the radius.</returns>
    public double IntensityAt(double epicentreIntensity, Distance distance) =>
        distance.Kilometres > Radius.Kilometres ? 0
        : Attenuation is { } length ? epicentreIntensity * PortableMath.Exp(-distance.Kilometres / length.Kilometres)
        : epicentreIntensity;
}

/// <summary>A hazard that strikes named elements at its full intensity.</summary>
/// <param name="Targets">The cities, depots and links struck.</param>
public sealed record TargetFootprint(IReadOnlyList<Target> Targets) : HazardFootprint;
