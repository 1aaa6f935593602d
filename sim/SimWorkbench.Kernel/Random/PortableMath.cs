namespace SimWorkbench.Kernel;

/// <summary>
/// Logarithm, exponential, log-gamma, sine, cosine and arcsine computed with a fixed sequence of IEEE additions,
/// multiplications and divisions, so that random draws are bit-identical on every machine and
/// runtime (the platform's <see cref="Math.Log(double)"/> is not specified to the last bit).
/// Accurate to about one unit in the last place.
/// </summary>
public static class PortableMath
{
    private const double Ln2 = 0.6931471805599453094172321;

    // ln 2 = Ln2Hi + Ln2Lo to about 2^-96: the high part has its low 21 bits zero, so k * Ln2Hi is
    // exact for every binary exponent k; the low part carries the rest of the true value (not of the
    // rounded double Ln2, which would add an error of k * 2.3e-17 to every reduction).
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Sqrt2 = 1.4142135623730950488;
    private const double HalfLog2Pi = 0.91893853320467274178;

    // π/2 = PiOver2Hi + PiOver2Lo to about 2^-86, the high part with enough trailing zeros that
    // k * PiOver2Hi is exact for the multiples of π/2 a moderate argument needs (Cody and Waite).
    private const double PiOver2Hi = 1.57079632673412561417e+00;
    private const double PiOver2Lo = 6.07710050650619224932e-11;

    private static readonly double[] AsinCoefficients = BuildAsinCoefficients();

    /// <summary>The natural logarithm.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln x; negative infinity at 0, NaN below 0 or for NaN.</returns>
    public static double Log(double x)
    {
        if (!(x > 0))
        {
            return x == 0 ? double.NegativeInfinity : double.NaN;
        }

        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        // x = 2^k * m with m in [sqrt(2)/2, sqrt(2)).
        var k = 0;
        if (x < double.Epsilon * (1L << 53))
        {
            x *= 18014398509481984.0; // 2^54 lifts a subnormal into the normal range
            k = -54;
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        k += (int)((bits >> 52) & 0x7FF) - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            k++;
        }

        // ln(1 + f) = 2 atanh(s) with s = f / (2 + f), a series in s^2 (Taylor coefficients 2/(2n+1)).
        var f = m - 1.0;
        var s = f / (2.0 + f);
        var z = s * s;
        // Σ a_n z^n with a_n = 2/(2n+3), n = 0..9, by Estrin's scheme: a fixed evaluation order
        // (so still bit-reproducible) with a short dependency chain.
        var z2 = z * z;
        var z4 = z2 * z2;
        var z8 = z4 * z4;
        var p01 = (2.0 / 3) + ((2.0 / 5) * z);
        var p23 = (2.0 / 7) + ((2.0 / 9) * z);
        var p45 = (2.0 / 11) + ((2.0 / 13) * z);
        var p67 = (2.0 / 15) + ((2.0 / 17) * z);
        var p89 = (2.0 / 19) + ((2.0 / 21) * z);
        var series = (p01 + (p23 * z2)) + ((p45 + (p67 * z2)) * z4) + (p89 * z8);
        var r = z * series;
        var halfSquare = 0.5 * f * f;
        var log1pf = f - (halfSquare - (s * (halfSquare + r)));
        return (k * Ln2Hi) + (log1pf + (k * Ln2Lo));
    }

    /// <summary>The exponential function.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>e^x; 0 for large negative x, positive infinity for large positive x.</returns>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x > 709.782712893384)
        {
            return double.PositiveInfinity;
        }

        if (x < -745.1332191019412)
        {
            return 0;
        }

        // x = k ln 2 + r with |r| <= ln2 / 2; e^r by its Taylor series to r^14 (error below 2^-60).
        var k = (int)Math.Round(x / Ln2, MidpointRounding.ToEven);
        var r = (x - (k * Ln2Hi)) - (k * Ln2Lo);
        // Σ r^n/n!, n = 0..14, by Estrin's scheme (fixed order, short dependency chain).
        var r2 = r * r;
        var r4 = r2 * r2;
        var r8 = r4 * r4;
        var q01 = 1.0 + r;
        var q23 = (1.0 / 2) + ((1.0 / 6) * r);
        var q45 = (1.0 / 24) + ((1.0 / 120) * r);
        var q67 = (1.0 / 720) + ((1.0 / 5040) * r);
        var q89 = (1.0 / 40320) + ((1.0 / 362880) * r);
        var q1011 = (1.0 / 3628800) + ((1.0 / 39916800) * r);
        var q1213 = (1.0 / 479001600) + ((1.0 / 6227020800) * r);
        var q14 = 1.0 / 87178291200;
        var low = (q01 + (q23 * r2)) + ((q45 + (q67 * r2)) * r4);
        var high = (q89 + (q1011 * r2)) + ((q1213 + (q14 * r2)) * r4);
        var p = low + (high * r8);

        return ScaleByPowerOfTwo(p, k);
    }

    /// <summary>The sine, for arguments of moderate size (|x| up to about 10^6; angles in radians).</summary>
    /// <param name="x">The angle in radians.</param>
    /// <returns>sin x; NaN for infinities and NaN.</returns>
    public static double Sin(double x) => SinCos(x, cosine: false);

    /// <summary>The cosine, for arguments of moderate size (|x| up to about 10^6; angles in radians).</summary>
    /// <param name="x">The angle in radians.</param>
    /// <returns>cos x; NaN for infinities and NaN.</returns>
    public static double Cos(double x) => SinCos(x, cosine: true);

    /// <summary>The arcsine.</summary>
    /// <param name="x">A value in [-1, 1].</param>
    /// <returns>asin x in [-π/2, π/2]; NaN outside [-1, 1].</returns>
    public static double Asin(double x)
    {
        if (!(Math.Abs(x) <= 1))
        {
            return double.NaN;
        }

        // For |x| <= 1/2 the Taylor series Σ (2n)! / (4^n (n!)^2 (2n+1)) x^(2n+1) directly; above,
        // the reflection asin x = π/2 − 2 asin(sqrt((1 − x) / 2)), whose argument is at most 1/2
        // and computed exactly up to the square root's rounding.
        var magnitude = Math.Abs(x);
        var result = magnitude <= 0.5
            ? AsinSeries(magnitude)
            : (PiOver2Hi - (2 * AsinSeries(Math.Sqrt((1 - magnitude) / 2)))) + PiOver2Lo;
        return x < 0 ? -result : result;
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Stirling's series, shifted up for small x).</summary>
    /// <param name="x">A positive argument.</param>
    /// <returns>The log-gamma value.</returns>
    public static double LogGamma(double x)
    {
        if (!(x > 0))
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        var shift = 0.0;
        while (x < 10)
        {
            shift += Log(x);
            x += 1;
        }

        var inv = 1.0 / x;
        var inv2 = inv * inv;

        // Stirling: (x - 1/2) ln x - x + ln(2 pi)/2 + 1/(12x) - 1/(360x^3) + 1/(1260x^5) - 1/(1680x^7)
        // + 1/(1188x^9) - 691/(360360x^11) + 1/(156x^13); for x >= 10 the next term is below 1e-17.
        var series = inv * ((1.0 / 12) - (inv2 * ((1.0 / 360) - (inv2 * ((1.0 / 1260) - (inv2 * ((1.0 / 1680)
            - (inv2 * ((1.0 / 1188) - (inv2 * ((691.0 / 360360) - (inv2 / 156))))))))))));
        return ((x - 0.5) * Log(x)) - x + HalfLog2Pi + series - shift;
    }

    private static double AsinSeries(double y)
    {
        // Horner's rule from the highest power, smallest terms first: 30 terms suffice for
        // y <= 1/2 (the next is below 0.25^30 ≈ 1e-18 of the sum).
        var z = y * y;
        var coefficients = AsinCoefficients;
        var p = coefficients[^1];
        for (var n = coefficients.Length - 2; n >= 0; n--)
        {
            p = coefficients[n] + (z * p);
        }

        return y * p;
    }

    private static double[] BuildAsinCoefficients()
    {
        // c_n = (2n)! / (4^n (n!)^2 (2n + 1)), the n-th coefficient of asin's series in y^2.
        var coefficients = new double[30];
        var central = 1.0;
        for (var n = 0; n < coefficients.Length; n++)
        {
            coefficients[n] = central / ((2 * n) + 1);
            central *= (2.0 * n + 1) / (2.0 * n + 2);
        }

        return coefficients;
    }

    private static double SinCos(double x, bool cosine)
    {
        if (!double.IsFinite(x))
        {
            return double.NaN;
        }

        // x = k π/2 + r with |r| <= π/4, π/2 split in two so that k * PiOver2Hi is exact
        // (Cody and Waite); then the quadrant k mod 4 picks ±sin r or ±cos r.
        var k = Math.Round(x / (Math.PI / 2), MidpointRounding.ToEven);
        var r = (x - (k * PiOver2Hi)) - (k * PiOver2Lo);
        var quadrant = ((long)k + (cosine ? 1 : 0)) & 3;
        var value = (quadrant & 1) == 0 ? SinTaylor(r) : CosTaylor(r);
        return quadrant >= 2 ? -value : value;
    }

    private static double SinTaylor(double r)
    {
        // Σ (-1)^n r^(2n+1) / (2n+1)!, n = 0..8: the next term is below 1e-20 for |r| <= π/4.
        var z = r * r;
        var p = -1.0 / 355687428096000;
        p = (1.0 / 1307674368000) + (z * p);
        p = (-1.0 / 6227020800) + (z * p);
        p = (1.0 / 39916800) + (z * p);
        p = (-1.0 / 362880) + (z * p);
        p = (1.0 / 5040) + (z * p);
        p = (-1.0 / 120) + (z * p);
        p = (1.0 / 6) + (z * p);
        return r - (r * z * p);
    }

    private static double CosTaylor(double r)
    {
        // Σ (-1)^n r^(2n) / (2n)!, n = 0..8.
        var z = r * r;
        var p = 1.0 / 20922789888000;
        p = (-1.0 / 87178291200) + (z * p);
        p = (1.0 / 479001600) + (z * p);
        p = (-1.0 / 3628800) + (z * p);
        p = (1.0 / 40320) + (z * p);
        p = (-1.0 / 720) + (z * p);
        p = (1.0 / 24) + (z * p);
        p = (-1.0 / 2) + (z * p);
        return 1.0 + (z * p);
    }

    private static double ScaleByPowerOfTwo(double value, int exponent)
    {
        // Two steps keep 2^exponent representable when the result is subnormal or near overflow.
        if (exponent > 1023)
        {
            value *= 8.98846567431158e307; // 2^1023
            exponent -= 1023;
        }
        else if (exponent < -1022)
        {
            value *= 2.2250738585072014e-308 * 9007199254740992.0; // 2^-1022 * 2^53
            exponent += 1022 - 53;
        }

        return value * BitConverter.Int64BitsToDouble((long)(exponent + 1023) << 52);
    }
}
