using SimWorkbench.Kernel;

namespace SimWorkbench.Metrics;

/// <summary>
/// The deprivation cost of one person who has gone t hours without their minimum:
/// DC(t) = e^(a + b·t) − e^a (Holguín-Veras et al. 2013, "On the appropriate objective function for
/// post-disaster humanitarian logistics models", J. Operations Management 31(5)). Convex and
/// increasing for b &gt; 0, and 0 at t = 0.
/// </summary>
/// <remarks>
/// The unit of cost is the unit of the source's estimate (the water example is in US dollars per
/// person); a scenario gives a and b per commodity.
/// </remarks>
public sealed record DeprivationCostFunction
{
    /// <summary>Creates the function from its two parameters.</summary>
    /// <param name="a">a, the log of the cost scale; finite.</param>
    /// <param name="bPerHour">b, the growth rate per hour of deprivation; finite and ≥ 0 (0 makes every cost 0).</param>
    public DeprivationCostFunction(double a, double bPerHour)
    {
        if (!double.IsFinite(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "The cost scale a must be finite.");
        }

        if (!(bPerHour >= 0) || double.IsInfinity(bPerHour))
        {
            throw new ArgumentOutOfRangeException(nameof(bPerHour), bPerHour, "The growth rate b must be finite and ≥ 0.");
        }

        A = a;
        BPerHour = bPerHour;
    }

    /// <summary>
    /// Holguín-Veras et al. (2013)'s estimate for drinking water: a = 1.5031, b = 0.1172 per hour,
    /// in US dollars per person.
    /// </summary>
    public static DeprivationCostFunction HolguinVerasWater { get; } = new(1.5031, 0.1172);

    /// <summary>a, the log of the cost scale.</summary>
    public double A { get; }

    /// <summary>b, the growth rate per hour of deprivation.</summary>
    public double BPerHour { get; }

    /// <summary>DC(t), the cost per person of t hours without the minimum.</summary>
    /// <param name="hours">t, hours of deprivation, ≥ 0.</param>
    /// <returns>Cost per person; 0 at t = 0, +∞ once a + b·t passes about 709.78 (the exponential overflows).</returns>
    public double Evaluate(double hours)
    {
        if (!(hours >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "Hours of deprivation must be ≥ 0.");
        }

        return PortableMath.Exp(A + (BPerHour * hours)) - PortableMath.Exp(A);
    }
}
