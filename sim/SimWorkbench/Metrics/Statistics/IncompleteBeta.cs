using SimWorkbench.Kernel;

namespace SimWorkbench.Metrics.Statistics;

/// <summary>The regularized incomplete beta function I_x(a, b), which Student's t distribution is made of.</summary>
internal static class IncompleteBeta
{
    private const int MaxIterations = 100_000;
    private const double Tolerance = 1e-15;
    private const double Tiny = 1e-300;

    /// <summary>
    /// I_x(a, b) = B(x; a, b) / B(a, b), by its continued fraction evaluated with the modified Lentz
    /// method (Press et al., Numerical Recipes, 3rd ed., §6.4), on the side of the symmetry
    /// I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges fast.
    /// </summary>
    /// <param name="a">a &gt; 0.</param>
    /// <param name="b">b &gt; 0.</param>
    /// <param name="x">x in [0, 1].</param>
    /// <param name="y">1 − x, passed separately so that neither tail loses digits to the subtraction.</param>
    /// <returns>I_x(a, b) in [0, 1].</returns>
    public static double Regularized(double a, double b, double x, double y)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (y <= 0)
        {
            return 1;
        }

        // x^a y^b / B(a, b), with ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
        var front = PortableMath.Exp((a * PortableMath.Log(x)) + (b * PortableMath.Log(y))
            - (PortableMath.LogGamma(a) + PortableMath.LogGamma(b) - PortableMath.LogGamma(a + b)));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(a, b, x) / a
            : 1 - (front * ContinuedFraction(b, a, y) / b);
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        var c = 1.0;
        var d = NonZero(1 - ((a + b) * x / (a + 1)));
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= MaxIterations; m++)
        {
            var m2 = 2 * m;

            // Even step: d_2m = m (b − m) x / ((a + 2m − 1)(a + 2m)).
            var even = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
            d = 1 / NonZero(1 + (even * d));
            c = NonZero(1 + (even / c));
            h *= d * c;

            // Odd step: d_2m+1 = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
            var odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
            d = 1 / NonZero(1 + (odd * d));
            c = NonZero(1 + (odd / c));
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) <= Tolerance)
            {
                return h;
            }
        }

        throw new InvalidOperationException($"The incomplete beta fraction did not converge for a = {a}, b = {b}, x = {x}.");
    }

    private static double NonZero(double value) => Math.Abs(value) < Tiny ? Tiny : value;
}
