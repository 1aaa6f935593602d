namespace SimWorkbench.Kernel.Tests;

/// <summary>
/// Tests of <see cref="PortableMath"/>: Log and Exp against the platform's Math.Log and Math.Exp
/// within 2 units in the last place over the whole range of doubles, and LogGamma against values
/// known in closed form.
/// </summary>
/// <remarks>
/// PortableMath promises about one ulp; the platform's functions are within about half to one ulp
/// of the true value, so two implementations that both keep their promise differ by at most 2.
/// Arguments come from fixed-seed streams, so every run checks the same numbers.
/// </remarks>
public sealed class PortableMathTests
{
    private const long MaxUlps = 2;
    private const int RandomArguments = 1_000_000;

    // ---- Log ----

    [Fact]
    public void Log_agrees_with_Math_Log_on_random_bit_patterns_across_the_whole_range()
    {
        // Random bit patterns are uniform over binades: every exponent, subnormals included.
        var bits = new RandomStream(1, "log/bits");
        ShouldAgreeWithinUlps(PortableMath.Log, Math.Log, () => PositiveFinite(bits));
    }

    [Fact]
    public void Log_agrees_with_Math_Log_on_subnormals()
    {
        var bits = new RandomStream(2, "log/subnormal");
        ShouldAgreeWithinUlps(PortableMath.Log, Math.Log, () => BitConverter.Int64BitsToDouble(1 + (long)(bits.NextUInt64() % ((1UL << 52) - 1))));
    }

    [Fact]
    public void Log_agrees_with_Math_Log_near_one()
    {
        // 1 ± 2^−e·(1 + u) for e from 1 to 60: ln x is then close to x − 1, tiny, where a careless
        // reduction loses every significant digit.
        var stream = new RandomStream(3, "log/near-one");
        ShouldAgreeWithinUlps(PortableMath.Log, Math.Log, () =>
        {
            var delta = Math.ScaleB(1 + stream.NextDouble(), -1 - stream.NextInt(60));
            return stream.Bernoulli(0.5) ? 1 + delta : 1 - delta;
        });
    }

    [Fact]
    public void Log_agrees_with_Math_Log_next_to_one_and_at_every_power_of_two()
    {
        for (var k = 1; k <= 10_000; k++)
        {
            ShouldAgreeAt(PortableMath.Log, Math.Log, BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(1.0) + k));
            ShouldAgreeAt(PortableMath.Log, Math.Log, BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(1.0) - k));
        }

        for (var e = -1074; e <= 1023; e++)
        {
            ShouldAgreeAt(PortableMath.Log, Math.Log, Math.ScaleB(1.0, e));
        }
    }

    [Fact]
    public void Log_agrees_with_Math_Log_on_huge_values()
    {
        var stream = new RandomStream(4, "log/huge");
        ShouldAgreeWithinUlps(PortableMath.Log, Math.Log, () => Math.ScaleB(1 + stream.NextDouble(), 960 + stream.NextInt(64)));
        ShouldAgreeAt(PortableMath.Log, Math.Log, double.MaxValue);
        ShouldAgreeAt(PortableMath.Log, Math.Log, double.Epsilon);
    }

    [Fact]
    public void Log_follows_IEEE_conventions_at_the_edges()
    {
        PortableMath.Log(1).ShouldBe(0);
        PortableMath.Log(0).ShouldBe(double.NegativeInfinity);
        PortableMath.Log(-0.0).ShouldBe(double.NegativeInfinity);
        PortableMath.Log(double.PositiveInfinity).ShouldBe(double.PositiveInfinity);
        PortableMath.Log(-1).ShouldBe(double.NaN);
        PortableMath.Log(-double.Epsilon).ShouldBe(double.NaN);
        PortableMath.Log(double.NegativeInfinity).ShouldBe(double.NaN);
        PortableMath.Log(double.NaN).ShouldBe(double.NaN);
    }

    // ---- Exp ----

    [Fact]
    public void Exp_agrees_with_Math_Exp_across_its_whole_range()
    {
        // From below the underflow to zero to beyond the overflow to infinity.
        var stream = new RandomStream(5, "exp/range");
        ShouldAgreeWithinUlps(PortableMath.Exp, Math.Exp, () => stream.Uniform(-750, 712));
    }

    [Fact]
    public void Exp_agrees_with_Math_Exp_for_tiny_arguments()
    {
        // |x| < 1 from random bit patterns: every binade down to the subnormals, where e^x ≈ 1 + x.
        var bits = new RandomStream(6, "exp/tiny");
        ShouldAgreeWithinUlps(PortableMath.Exp, Math.Exp, () =>
        {
            double x;
            do
            {
                x = PositiveFinite(bits);
            }
            while (x >= 1);

            return bits.Bernoulli(0.5) ? x : -x;
        });
    }

    [Fact]
    public void Exp_agrees_with_Math_Exp_where_the_result_is_subnormal_or_about_to_overflow()
    {
        var stream = new RandomStream(7, "exp/edges");
        ShouldAgreeWithinUlps(PortableMath.Exp, Math.Exp, () => stream.Uniform(-746, -708));
        ShouldAgreeWithinUlps(PortableMath.Exp, Math.Exp, () => stream.Uniform(708, 710));
        foreach (var x in new[] { 709.782712893384, 709.7827128933839, 709.78, -745.1332191019411, -745.1332191019412, -745.14, -708.3964185322641, -708.4 })
        {
            ShouldAgreeAt(PortableMath.Exp, Math.Exp, x);
        }
    }

    [Fact]
    public void Exp_follows_IEEE_conventions_at_the_edges()
    {
        PortableMath.Exp(0).ShouldBe(1);
        PortableMath.Exp(-0.0).ShouldBe(1);
        PortableMath.Exp(double.PositiveInfinity).ShouldBe(double.PositiveInfinity);
        PortableMath.Exp(double.NegativeInfinity).ShouldBe(0);
        PortableMath.Exp(double.MaxValue).ShouldBe(double.PositiveInfinity);
        PortableMath.Exp(double.MinValue).ShouldBe(0);
        PortableMath.Exp(double.NaN).ShouldBe(double.NaN);
        ShouldAgreeAt(PortableMath.Exp, _ => Math.E, 1);
    }

    [Fact]
    public void Exp_inverts_Log()
    {
        var stream = new RandomStream(8, "exp/log");
        for (var i = 0; i < 100_000; i++)
        {
            // ln of x in [1/4, 4) has absolute error at most ~1 ulp of 2, so e^(ln x) is x within a few ulps.
            var x = Math.ScaleB(1 + stream.NextDouble(), stream.NextInt(4) - 2);
            UlpDistance(PortableMath.Exp(PortableMath.Log(x)), x).ShouldBeLessThanOrEqualTo(4, $"x = {x:R}");
        }
    }

    // ---- LogGamma ----

    [Fact]
    public void LogGamma_of_one_half_is_the_log_of_root_pi() =>
        ShouldBeRelativelyClose(PortableMath.LogGamma(0.5), 0.5 * Math.Log(Math.PI));

    [Fact]
    public void LogGamma_of_one_and_of_two_is_zero()
    {
        // Γ(1) = Γ(2) = 1. No relative tolerance can apply to 0; 1e-14 is a few ulps of the
        // intermediate sums (ln 7! ≈ 8.5, ulp 1.8e-15) that a shift to larger arguments goes through.
        PortableMath.LogGamma(1).ShouldBe(0, 1e-14);
        PortableMath.LogGamma(2).ShouldBe(0, 1e-14);
    }

    [Fact]
    public void LogGamma_of_an_integer_is_the_log_of_the_previous_factorial()
    {
        // ln Γ(n) = ln (n − 1)! = Σ_{k<n} ln k, summed with compensation so the sum is exact to about an ulp.
        var cases = new List<(double X, double Expected)>();
        var logFactorial = new CompensatedSum();
        for (var n = 3; n <= 200_000; n++)
        {
            logFactorial.Add(Math.Log(n - 1));
            if (n <= 1_000 || n % 997 == 0 || n == 200_000)
            {
                cases.Add((n, logFactorial.Value));
            }
        }

        ShouldAllBeRelativelyClose(PortableMath.LogGamma, cases);
    }

    [Fact]
    public void LogGamma_of_a_half_integer_follows_from_factorials()
    {
        // Γ(n + ½) = (2n)! √π / (4ⁿ n!), so ln Γ(n + ½) = ln (2n)! − ln n! − n ln 4 + ½ ln π.
        var logFactorials = new double[401];
        var sum = new CompensatedSum();
        for (var k = 1; k < logFactorials.Length; k++)
        {
            sum.Add(Math.Log(k));
            logFactorials[k] = sum.Value;
        }

        var cases = new List<(double X, double Expected)>();
        for (var n = 1; n <= 200; n++)
        {
            cases.Add((n + 0.5, logFactorials[2 * n] - logFactorials[n] - (n * Math.Log(4)) + (0.5 * Math.Log(Math.PI))));
        }

        ShouldAllBeRelativelyClose(PortableMath.LogGamma, cases);
    }

    [Fact]
    public void LogGamma_matches_the_published_values_of_gamma_at_one_third_and_one_quarter() =>
        // Γ(1/3) and Γ(1/4) to 20 digits (OEIS A073005, A068466).
        ShouldAllBeRelativelyClose(PortableMath.LogGamma, [(1.0 / 3, Math.Log(2.6789385347077476337)), (0.25, Math.Log(3.6256099082219083119))]);

    [Fact]
    public void LogGamma_near_zero_follows_its_series()
    {
        // ln Γ(x) = −ln x − γx + (π²/12)x² + O(x³) (γ: Euler's constant).
        const double eulerGamma = 0.57721566490153286061;
        var cases = new List<(double X, double Expected)>();
        foreach (var x in new[] { 1e-6, 1e-8, 1e-12, 1e-100, 1e-300, double.Epsilon })
        {
            cases.Add((x, -Math.Log(x) - (eulerGamma * x) + (Math.PI * Math.PI / 12 * x * x)));
        }

        ShouldAllBeRelativelyClose(PortableMath.LogGamma, cases);
    }

    [Fact]
    public void LogGamma_satisfies_the_recurrence_of_gamma()
    {
        // Γ(x + 1) = x Γ(x), so ln Γ(x + 1) − ln Γ(x) = ln x, on both sides of the shift to x ≥ 8.
        // The tolerance is relative to the larger of the values compared (and at least 1e-13).
        var stream = new RandomStream(9, "log-gamma/recurrence");
        var worst = 0.0;
        var worstAt = double.NaN;
        for (var i = 0; i < 100_000; i++)
        {
            var x = i % 2 == 0 ? stream.Uniform(1e-3, 20) : Math.Exp(stream.Uniform(-20, 20));
            var left = PortableMath.LogGamma(x + 1);
            var right = PortableMath.LogGamma(x) + Math.Log(x);
            var error = Math.Abs(left - right) / Math.Max(1, Math.Max(Math.Abs(left), Math.Abs(right)));
            if (error > worst)
            {
                worst = error;
                worstAt = x;
            }
        }

        worst.ShouldBeLessThanOrEqualTo(1e-13, $"worst at x = {worstAt:R}");
    }

    [Fact]
    public void LogGamma_is_NaN_outside_its_domain_and_infinite_at_infinity()
    {
        PortableMath.LogGamma(double.NaN).ShouldBe(double.NaN);
        PortableMath.LogGamma(-1).ShouldBe(double.NaN);
        PortableMath.LogGamma(-0.5).ShouldBe(double.NaN);
        PortableMath.LogGamma(double.NegativeInfinity).ShouldBe(double.NaN);
        PortableMath.LogGamma(double.PositiveInfinity).ShouldBe(double.PositiveInfinity);
        PortableMath.LogGamma(double.MaxValue).ShouldBe(double.PositiveInfinity);
    }

    // ---- Helpers ----

    private static void ShouldAgreeWithinUlps(Func<double, double> actual, Func<double, double> reference, Func<double> argument)
    {
        long worst = 0;
        var worstAt = double.NaN;
        for (var i = 0; i < RandomArguments; i++)
        {
            var x = argument();
            var distance = UlpDistance(actual(x), reference(x));
            if (distance > worst)
            {
                worst = distance;
                worstAt = x;
            }
        }

        worst.ShouldBeLessThanOrEqualTo(MaxUlps, $"worst at x = {worstAt:R}: {actual(worstAt):R} against {reference(worstAt):R}");
    }

    private static void ShouldAgreeAt(Func<double, double> actual, Func<double, double> reference, double x) =>
        UlpDistance(actual(x), reference(x)).ShouldBeLessThanOrEqualTo(MaxUlps, $"x = {x:R}: {actual(x):R} against {reference(x):R}");

    private static void ShouldBeRelativelyClose(double actual, double expected) =>
        actual.ShouldBe(expected, 1e-13 * Math.Abs(expected));

    /// <summary>Checks every case within 1e-13 relative and reports the worst one.</summary>
    private static void ShouldAllBeRelativelyClose(Func<double, double> function, IEnumerable<(double X, double Expected)> cases)
    {
        var worst = 0.0;
        (double X, double Expected) worstCase = (double.NaN, double.NaN);
        foreach (var c in cases)
        {
            var error = Math.Abs(function(c.X) - c.Expected) / Math.Abs(c.Expected);
            if (!(error <= worst))
            {
                worst = error;
                worstCase = c;
            }
        }

        worst.ShouldBeLessThanOrEqualTo(1e-13, $"worst at x = {worstCase.X:R}: {function(worstCase.X):R} against {worstCase.Expected:R}");
    }

    /// <summary>
    /// How many representable doubles lie between a and b: 0 if equal; NaN is close only to NaN,
    /// and an infinity only to itself (an overflow is not one ulp from double.MaxValue).
    /// </summary>
    private static long UlpDistance(double a, double b)
    {
        if (a == b || (double.IsNaN(a) && double.IsNaN(b)))
        {
            return 0;
        }

        if (!double.IsFinite(a) || !double.IsFinite(b))
        {
            return long.MaxValue;
        }

        var distance = Int128.Abs((Int128)Ordered(a) - Ordered(b));
        return distance > long.MaxValue ? long.MaxValue : (long)distance;

        // Bit patterns as integers in the order of the values they encode (−0 and +0 both 0).
        static long Ordered(double x)
        {
            var bits = BitConverter.DoubleToInt64Bits(x);
            return bits < 0 ? long.MinValue - bits : bits;
        }
    }

    private static double PositiveFinite(RandomStream bits)
    {
        while (true)
        {
            var x = BitConverter.Int64BitsToDouble((long)(bits.NextUInt64() >> 1));
            if (double.IsFinite(x) && x > 0)
            {
                return x;
            }
        }
    }

    /// <summary>Kahan–Babuška (Neumaier) summation.</summary>
    private sealed class CompensatedSum
    {
        private double _sum;
        private double _compensation;

        public double Value => _sum + _compensation;

        public void Add(double x)
        {
            var t = _sum + x;
            _compensation += Math.Abs(_sum) >= Math.Abs(x) ? (_sum - t) + x : (x - t) + _sum;
            _sum = t;
        }
    }
}
