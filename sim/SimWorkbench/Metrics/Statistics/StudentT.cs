using SimWorkbench.Kernel;

namespace SimWorkbench.Metrics.Statistics;

/// <summary>
/// Student's t distribution, computed with a fixed sequence of IEEE operations and the kernel's
/// <see cref="PortableMath"/>, so that confidence intervals are bit-identical on every machine.
/// </summary>
public static class StudentT
{
    private const int MaxNewtonSteps = 200;

    // From here on ln B(ν/2, ½) cancels too many digits (ln Γ(ν/2) grows like ν ln ν) and the
    // Cornish–Fisher series is exact to far below double precision (its next term is O(ν⁻⁵)).
    private const double CornishFisherFrom = 1e4;
    private const double LogPi = 1.1447298858494001741; // ln π

    /// <summary>
    /// P(T ≤ t) for T with ν degrees of freedom: 1 − ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0, and by
    /// symmetry below 0 (Abramowitz and Stegun 26.7.1 and 26.5.27).
    /// </summary>
    /// <param name="t">The argument.</param>
    /// <param name="degreesOfFreedom">ν &gt; 0, finite.</param>
    /// <returns>A probability in [0, 1].</returns>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0) || double.IsPositiveInfinity(degreesOfFreedom))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be positive and finite.");
        }

        if (double.IsNaN(t))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "t must be a number.");
        }

        var tail = UpperTail(Math.Abs(t), degreesOfFreedom);
        return t < 0 ? tail : 1 - tail;
    }

    /// <summary>
    /// The quantile t_p(ν), such that P(T ≤ t) = p: for ν &lt; 10⁴, Newton's method on the upper tail,
    /// started from the normal quantile (which never exceeds it) and converging monotonically because
    /// the tail is convex for t &gt; 0; for ν ≥ 10⁴, the Cornish–Fisher expansion in 1/ν to the fourth
    /// order; for ν = ∞, the normal quantile (Wichura 1988, AS 241).
    /// </summary>
    /// <param name="probability">p in (0, 1).</param>
    /// <param name="degreesOfFreedom">ν &gt; 0 (not necessarily whole), or +∞.</param>
    /// <returns>t_p(ν), to a relative accuracy of about 1e-11 (better for small ν); 0 at p = ½; −t_{1−p}(ν) below ½.</returns>
    public static double Quantile(double probability, double degreesOfFreedom)
    {
        if (!(probability > 0 && probability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must lie in (0, 1).");
        }

        if (!(degreesOfFreedom > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be positive.");
        }

        if (probability == 0.5)
        {
            return 0;
        }

        var z = StandardNormal.Quantile(probability);
        if (double.IsPositiveInfinity(degreesOfFreedom))
        {
            return z;
        }

        if (degreesOfFreedom >= CornishFisherFrom)
        {
            return CornishFisher(z, degreesOfFreedom);
        }

        var upper = probability > 0.5;
        var tailProbability = upper ? 1 - probability : probability;
        var logDensityScale = PortableMath.LogGamma((degreesOfFreedom + 1) / 2) - PortableMath.LogGamma(degreesOfFreedom / 2)
            - (0.5 * (PortableMath.Log(degreesOfFreedom) + LogPi));
        var t = Math.Abs(z);
        for (var step = 0; step < MaxNewtonSteps; step++)
        {
            var density = PortableMath.Exp(logDensityScale
                - ((degreesOfFreedom + 1) / 2 * PortableMath.Log(1 + (t * t / degreesOfFreedom))));
            var move = (UpperTail(t, degreesOfFreedom) - tailProbability) / density;
            t += move;
            if (Math.Abs(move) <= 1e-14 * t)
            {
                break;
            }
        }

        return upper ? t : -t;
    }

    /// <summary>
    /// t ≈ z + g1/ν + g2/ν² + g3/ν³ + g4/ν⁴ (Abramowitz and Stegun 26.7.5), with
    /// g1 = (z³ + z)/4, g2 = (5z⁵ + 16z³ + 3z)/96, g3 = (3z⁷ + 19z⁵ + 17z³ − 15z)/384,
    /// g4 = (79z⁹ + 776z⁷ + 1482z⁵ − 1920z³ − 945z)/92160.
    /// </summary>
    private static double CornishFisher(double z, double degreesOfFreedom)
    {
        var z2 = z * z;
        var g1 = ((z2 + 1) * z) / 4;
        var g2 = ((((5 * z2) + 16) * z2) + 3) * z / 96;
        var g3 = ((((((3 * z2) + 19) * z2) + 17) * z2) - 15) * z / 384;
        var g4 = ((((((((79 * z2) + 776) * z2) + 1482) * z2) - 1920) * z2) - 945) * z / 92160;
        var inverse = 1 / degreesOfFreedom;
        return z + (inverse * (g1 + (inverse * (g2 + (inverse * (g3 + (inverse * g4)))))));
    }

    /// <summary>P(T &gt; t) for t ≥ 0: ½ I_x(ν/2, ½) with x = ν/(ν + t²) and 1 − x = t²/(ν + t²).</summary>
    private static double UpperTail(double t, double degreesOfFreedom)
    {
        var square = t * t;
        var sum = degreesOfFreedom + square;
        return 0.5 * IncompleteBeta.Regularized(degreesOfFreedom / 2, 0.5, degreesOfFreedom / sum, square / sum);
    }
}
