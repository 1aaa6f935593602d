using SimWorkbench.Kernel;
using SimWorkbench.Quantities;

namespace SimWorkbench.Hazards;

/// <summary>
/// The probability that an element of one kind is damaged at a given intensity: a lognormal
/// fragility curve P(damage | I) = Φ(ln(I / median) / β), as in HAZUS (FEMA, 2003).
/// </summary>
/// <param name="Element">The kind of element it applies to.</param>
/// <param name="Median">The intensity at which half of such elements are damaged, above 0 (in the hazard's intensity measure).</param>
/// <param name="Beta">The logarithmic standard deviation, above 0: how gradual the curve is.</param>
/// <param name="Damage">For links: closed or degraded.</param>
/// <param name="Slowdown">For degraded links: travel time is multiplied by this, at least 1.</param>
/// <param name="StockLoss">For depots: the share of stock lost when damaged.</param>
/// <param name="ThroughputLoss">For depots: the share of loading throughput lost until repaired.</param>
public sealed record FragilityCurve(
    ElementKind Element,
    double Median,
    double Beta,
    LinkDamage Damage,
    double Slowdown,
    Fraction StockLoss,
    Fraction ThroughputLoss)
{
    /// <summary>The probability of damage at <paramref name="intensity"/>: 0 at or below zero intensity.</summary>
    /// <param name="intensity">The intensity at the element, in the hazard's measure.</param>
    /// <returns>A probability in [0, 1].</returns>
    public double ProbabilityOfDamage(double intensity) =>
        intensity <= 0 ? 0 : StandardNormal.Cdf(PortableMath.Log(intensity / Median) / Beta);
}
