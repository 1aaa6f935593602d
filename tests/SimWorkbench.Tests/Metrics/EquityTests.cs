using CsCheck;
using SimWorkbench.Metrics;

namespace SimWorkbench.Tests.Metrics;

public sealed class EquityTests
{
    [Fact]
    public void Equal_fill_rates_have_a_Gini_of_zero()
    {
        Equity.Gini([0.7, 0.7, 0.7], [1, 5, 100]).ShouldBe(0);
        Equity.Gini([0, 0], [1, 1]).ShouldBe(0);
    }

    [Fact]
    public void None_and_all_with_equal_weights_have_a_Gini_of_one_half()
    {
        // Mean 1/2; pairs (i, j) over all four ordered pairs with weight 1/4 each: mean |difference| = 2 × 1/4 = 1/2;
        // G = (1/2) / (2 × 1/2) = 1/2 (no small-sample correction, which would give 1).
        Equity.Gini([0, 1], [1, 1]).ShouldBe(0.5);
    }

    [Fact]
    public void Weights_count_people_not_cities()
    {
        // Values (0, 1) with weights (3, 1): shares 3/4, 1/4; mean 1/4; mean |difference| = 2 × 3/4 × 1/4 = 3/8;
        // G = (3/8) / (2 × 1/4) = 3/4. With weights (1, 3): mean 3/4, same difference, G = (3/8) / (3/2) = 1/4.
        Equity.Gini([0, 1], [3, 1]).ShouldBe(0.75, 1e-15);
        Equity.Gini([0, 1], [1, 3]).ShouldBe(0.25, 1e-15);
    }

    [Fact]
    public void All_service_in_one_of_n_equal_cities_gives_one_minus_one_over_n()
    {
        Equity.Gini([0, 0, 0, 0.8], [2, 2, 2, 2]).ShouldBe(1 - (1 / 4.0), 1e-15);
    }

    [Fact]
    public void Rejects_negative_values_and_non_positive_weights()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Equity.Gini([-0.1, 1], [1, 1]));
        Should.Throw<ArgumentOutOfRangeException>(() => Equity.Gini([0.1, 1], [0, 1]));
        Should.Throw<ArgumentException>(() => Equity.Gini([], []));
    }

    private static readonly Gen<(double[] Values, double[] Weights)> FillRatesAndPopulations =
        Gen.Int[1, 30].SelectMany(n => Gen.Select(Gen.Double[0, 1].Array[n], Gen.Double[1, 1e7].Array[n]));

    [Fact]
    public void Gini_lies_in_zero_to_one()
    {
        FillRatesAndPopulations.Sample(c => Equity.Gini(c.Values, c.Weights).ShouldBeInRange(0, 1 - 1e-12));
    }

    [Fact]
    public void Gini_does_not_depend_on_the_order_of_cities_or_the_scale_of_values()
    {
        FillRatesAndPopulations.Sample(c =>
        {
            var gini = Equity.Gini(c.Values, c.Weights);
            Equity.Gini([.. c.Values.Reverse()], [.. c.Weights.Reverse()]).ShouldBe(gini, 1e-12);
            Equity.Gini([.. c.Values.Select(v => v * 0.5)], c.Weights).ShouldBe(gini, 1e-12);
        });
    }
}
