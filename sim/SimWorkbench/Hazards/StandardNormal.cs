using SimWorkbench.Kernel;

namespace SimWorkbench.Hazards;

/// <summary>The standard normal distribution's cumulative distribution function, for fragility curves.</summary>
internal static class StandardNormal
{
    /// <summary>Φ(x) = erfc(−x/√2)/2, with erfc from Numerical Recipes (2nd ed., §6.2, <c>erfcc</c>:
    /// a Chebyshev fit with fractional error below 1.2e-7 everywhere).</summary>
    public static double Cdf(double x)
    {
        var z = Math.Abs(x) / Math.Sqrt(2);
        var t = 1 / (1 + (0.5 * z));
        double[] coefficients = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var polynomial = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            polynomial = coefficients[i] + (t * polynomial);
        }

        var erfc = t * PortableMath.Exp(-(z * z) + polynomial);
        return x >= 0 ? 1 - (0.5 * erfc) : 0.5 * erfc;
    }
}
