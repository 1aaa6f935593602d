using CsCheck;
using SimWorkbench.Metrics;

namespace SimWorkbench.Tests.Metrics;

public sealed class DeprivationCostFunctionTests
{
    // Holguín-Veras et al. (2013), water: a = 1.5031, b = 0.1172 /h; limit T = 72 h.
    private const double A = 1.5031;
    private const double B = 0.1172;
    private const double T = 72;

    private static double Exponential(double hours) => Math.Exp(A + (B * hours)) - Math.Exp(A);

    [Fact]
    public void Costs_nothing_at_zero_hours()
    {
        DeprivationCostFunction.HolguinVerasWater.Evaluate(0).ShouldBe(0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(24)]
    [InlineData(72)]
    public void Follows_Holguin_Veras_water_estimate_up_to_the_limit(double hours)
    {
        // e^1.5031 ≈ 4.496: DC(24) ≈ e^4.3159 − 4.496 ≈ 74.88 − 4.50 ≈ 70.38 USD; DC(72) ≈ e^9.9415 − 4.50 ≈ 20,770 USD.
        var expected = Exponential(hours);

        DeprivationCostFunction.HolguinVerasWater.Evaluate(hours).ShouldBe(expected, expected * 1e-14);
    }

    [Theory]
    [InlineData(73)]
    [InlineData(96)]
    [InlineData(2160)]
    public void Beyond_the_limit_grows_linearly_at_the_exponentials_slope_there(double hours)
    {
        // DC(T) + b·e^(a + b·T)·(t − T): about 20,770 + 2,435 USD for each hour past 72 h, so 90 days
        // (2,160 h) cost about 5.1 million USD per person, where the exponential alone gives e^254.6.
        var slope = B * Math.Exp(A + (B * T));
        var expected = Exponential(T) + (slope * (hours - T));

        var f = DeprivationCostFunction.HolguinVerasWater;

        f.Evaluate(hours).ShouldBe(expected, expected * 1e-14);
        f.SlopeAfterLimitPerHour.ShouldBe(slope, slope * 1e-14);
        f.AtLimit.ShouldBe(Exponential(T), Exponential(T) * 1e-14);
    }

    [Fact]
    public void Is_continuous_and_smooth_at_the_limit()
    {
        var f = DeprivationCostFunction.HolguinVerasWater;
        const double h = 1e-4;

        // Value: the two pieces meet. Slope: the one-sided difference quotients agree to O(h)
        // (the left one is b·e^(a+bT)·(1 − bh/2 + …), the right one exactly b·e^(a+bT)).
        f.Evaluate(T + 1e-9).ShouldBe(f.Evaluate(T), f.Evaluate(T) * 1e-9);
        var left = (f.Evaluate(T) - f.Evaluate(T - h)) / h;
        var right = (f.Evaluate(T + h) - f.Evaluate(T)) / h;
        right.ShouldBe(left, left * B * h);
    }

    [Fact]
    public void Hourly_increments_never_shrink_on_either_side_of_the_limit()
    {
        var f = DeprivationCostFunction.HolguinVerasWater;
        for (var t = 1; t < 400; t++)
        {
            var next = f.Evaluate(t + 1) - f.Evaluate(t);
            var previous = f.Evaluate(t) - f.Evaluate(t - 1);
            next.ShouldBeGreaterThanOrEqualTo(previous * (1 - 1e-12), $"at {t} h");
        }
    }

    private static readonly Gen<(DeprivationCostFunction F, double T1, double T2, double T3)> FunctionAndThreeTimes =
        Gen.Select(Gen.Double[-5, 5], Gen.Double[0, 0.5], Gen.Double[1, 500])
            .Where(p => p.Item1 + (p.Item2 * p.Item3) <= DeprivationCostFunction.MaxExponent)
            .SelectMany(p => Gen.Double[0, 3 * p.Item3].Array[3].Select(t =>
            {
                Array.Sort(t);
                return (new DeprivationCostFunction(p.Item1, p.Item2, p.Item3), t[0], t[1], t[2]);
            }));

    [Fact]
    public void Is_convex_and_increasing_for_any_parameters_property()
    {
        // Convex: DC(t2) lies on or below the chord from t1 to t3 (t1 ≤ t2 ≤ t3); increasing: DC(t1) ≤ DC(t2).
        FunctionAndThreeTimes.Sample(x =>
        {
            var (f, t1, t2, t3) = x;
            var (y1, y2, y3) = (f.Evaluate(t1), f.Evaluate(t2), f.Evaluate(t3));
            var chord = t3 > t1 ? y1 + ((y3 - y1) * (t2 - t1) / (t3 - t1)) : y1;
            var slack = 1e-9 * Math.Max(1, Math.Abs(y3));
            y2.ShouldBeLessThanOrEqualTo(chord + slack);
            y1.ShouldBeLessThanOrEqualTo(y2 + slack);
            double.IsFinite(y3).ShouldBeTrue();
        });
    }

    [Fact]
    public void Rejects_bad_parameters_and_negative_hours()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new DeprivationCostFunction(1, -0.1));
        Should.Throw<ArgumentOutOfRangeException>(() => new DeprivationCostFunction(double.NaN, 0.1));
        Should.Throw<ArgumentOutOfRangeException>(() => new DeprivationCostFunction(1, 0.1, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => new DeprivationCostFunction(1, 0.1, double.PositiveInfinity));
        Should.Throw<ArgumentOutOfRangeException>(() => new DeprivationCostFunction(0, 1, 701)); // a + b·T = 701 > 700
        Should.Throw<ArgumentOutOfRangeException>(() => DeprivationCostFunction.HolguinVerasWater.Evaluate(-1));
    }
}
