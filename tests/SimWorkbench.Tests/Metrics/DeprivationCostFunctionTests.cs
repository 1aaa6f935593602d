using SimWorkbench.Metrics;

namespace SimWorkbench.Tests.Metrics;

public sealed class DeprivationCostFunctionTests
{
    [Fact]
    public void Costs_nothing_at_zero_hours()
    {
        DeprivationCostFunction.HolguinVerasWater.Evaluate(0).ShouldBe(0);
    }

    [Theory]
    [InlineData(24)]
    [InlineData(72)]
    public void Follows_Holguin_Veras_water_estimate(double hours)
    {
        // DC(t) = e^(1.5031 + 0.1172 t) − e^1.5031 (Holguín-Veras et al. 2013), e.g. DC(24) ≈ 74.88 − 4.50 ≈ 70.38.
        var expected = Math.Exp(1.5031 + (0.1172 * hours)) - Math.Exp(1.5031);

        DeprivationCostFunction.HolguinVerasWater.Evaluate(hours).ShouldBe(expected, expected * 1e-14);
    }

    [Fact]
    public void Is_convex_in_the_hours_of_deprivation()
    {
        var f = DeprivationCostFunction.HolguinVerasWater;
        for (var t = 1; t < 200; t++)
        {
            (f.Evaluate(t + 1) - f.Evaluate(t)).ShouldBeGreaterThan(f.Evaluate(t) - f.Evaluate(t - 1));
        }
    }

    [Fact]
    public void Rejects_a_negative_growth_rate_and_negative_hours()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new DeprivationCostFunction(1, -0.1));
        Should.Throw<ArgumentOutOfRangeException>(() => new DeprivationCostFunction(double.NaN, 0.1));
        Should.Throw<ArgumentOutOfRangeException>(() => DeprivationCostFunction.HolguinVerasWater.Evaluate(-1));
    }
}
