using SimWorkbench.Kernel;

namespace SimWorkbench.Metrics;

/// <summary>
/// The deprivation cost of one person who has gone t hours without their minimum of a commodity:
/// Holguín-Veras et al. (2013)'s exponential DC(t) = e^(a + b·t) − e^a up to a validity limit T,
/// and beyond it a straight line at the exponential's marginal rate there,
/// DC(t) = DC(T) + b·e^(a + b·T)·(t − T).
/// </summary>
/// <remarks>
/// <para>Holguín-Veras, Pérez, Jaller, Van Wassenhove and Aros-Vera (2013), "On the appropriate
/// objective function for post-disaster humanitarian logistics models", J. Operations Management
/// 31(5), fitted the exponential to stated willingness to pay for deprivations of hours to days;
/// carried on over weeks it reaches e^700 and says nothing a planner can defend. Past T the cost
/// keeps growing, at the last rate the data supports, without compounding.</para>
/// <para>DC is 0 at t = 0, continuous, increasing for b &gt; 0, and convex: its slope
/// b·e^(a + b·t) rises up to T and stays at b·e^(a + b·T) after it (the two pieces meet with the
/// same value and slope). The unit is the scenario's currency per person.</para>
/// </remarks>
public sealed record DeprivationCostFunction
{
    /// <summary>The validity limit T when a scenario gives none: 72 h (three days).</summary>
    public const double DefaultLimitHours = 72;

    /// <summary>The largest a + b·T accepted, so that e^(a + b·T) and the slope stay far from overflow.</summary>
    public const double MaxExponent = 700;

    /// <summary>Creates the function from its parameters.</summary>
    /// <param name="a">a, the log of the cost scale (in currency per person); finite.</param>
    /// <param name="bPerHour">b, the growth rate per hour of deprivation; finite and ≥ 0 (0 makes every cost 0).</param>
    /// <param name="limitHours">T, the hours up to which the exponential holds; finite and &gt; 0, with a + b·T ≤ <see cref="MaxExponent"/>.</param>
    public DeprivationCostFunction(double a, double bPerHour, double limitHours = DefaultLimitHours)
    {
        if (!double.IsFinite(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "The cost scale a must be finite.");
        }

        if (!(bPerHour >= 0) || double.IsInfinity(bPerHour))
        {
            throw new ArgumentOutOfRangeException(nameof(bPerHour), bPerHour, "The growth rate b must be finite and ≥ 0.");
        }

        if (!(limitHours > 0) || double.IsInfinity(limitHours))
        {
            throw new ArgumentOutOfRangeException(nameof(limitHours), limitHours, "The validity limit T must be finite and > 0.");
        }

        if (!(a + (bPerHour * limitHours) <= MaxExponent))
        {
            throw new ArgumentOutOfRangeException(nameof(limitHours), limitHours, $"a + b·T = {a + (bPerHour * limitHours)} exceeds {MaxExponent}: e^(a + b·T) would be meaningless.");
        }

        A = a;
        BPerHour = bPerHour;
        LimitHours = limitHours;
        AtStart = PortableMath.Exp(a);
        AtLimit = PortableMath.Exp(a + (bPerHour * limitHours)) - AtStart;
        SlopeAfterLimitPerHour = bPerHour * PortableMath.Exp(a + (bPerHour * limitHours));
    }

    /// <summary>
    /// Holguín-Veras et al. (2013)'s estimate for drinking water, a = 1.5031, b = 0.1172 per hour,
    /// in US dollars per person, with the default limit of 72 h.
    /// </summary>
    public static DeprivationCostFunction HolguinVerasWater { get; } = new(1.5031, 0.1172);

    /// <summary>a, the log of the cost scale.</summary>
    public double A { get; }

    /// <summary>b, the growth rate per hour of deprivation.</summary>
    public double BPerHour { get; }

    /// <summary>T, the hours of deprivation up to which the exponential holds.</summary>
    public double LimitHours { get; }

    /// <summary>DC(T), the cost per person at the limit.</summary>
    public double AtLimit { get; }

    /// <summary>The cost per person of each hour beyond the limit: b·e^(a + b·T), the exponential's slope at T.</summary>
    public double SlopeAfterLimitPerHour { get; }

    /// <summary>e^a, which DC(t) is measured from.</summary>
    private double AtStart { get; }

    /// <summary>DC(t), the cost per person of t hours without the minimum.</summary>
    /// <param name="hours">t, hours of deprivation, ≥ 0 and finite.</param>
    /// <returns>Cost per person in the scenario's currency; 0 at t = 0; always finite.</returns>
    public double Evaluate(double hours)
    {
        if (!(hours >= 0) || double.IsInfinity(hours))
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "Hours of deprivation must be finite and ≥ 0.");
        }

        return hours <= LimitHours
            ? PortableMath.Exp(A + (BPerHour * hours)) - AtStart
            : AtLimit + (SlopeAfterLimitPerHour * (hours - LimitHours));
    }
}
