using CsCheck;
using SimWorkbench.Metrics.Statistics;

namespace SimWorkbench.Tests.Metrics.Statistics;

public sealed class SummaryTests
{
    [Fact]
    public void Gives_the_t_interval_worked_by_hand()
    {
        // 1, 2, 6: mean 3; deviations −2, −1, 3; s² = (4 + 1 + 9) / 2 = 7. With ν = 2, t_0.975 = 0.95 / √(2 × 0.975 × 0.025)
        // (the closed form), so the half-width is t √7 / √3.
        var summary = Summary.Of([6, 1, 2]);
        var t = 0.95 / Math.Sqrt(2 * 0.975 * 0.025);
        var halfWidth = t * Math.Sqrt(7) / Math.Sqrt(3);

        summary.Count.ShouldBe(3);
        summary.Mean.ShouldBe(3);
        summary.StandardDeviation.ShouldBe(Math.Sqrt(7), 1e-15);
        summary.ConfidenceLower.ShouldBe(3 - halfWidth, 1e-12);
        summary.ConfidenceUpper.ShouldBe(3 + halfWidth, 1e-12);
        summary.ConfidenceLevel.ShouldBe(0.95);
    }

    [Fact]
    public void Interpolates_percentiles_linearly_between_order_statistics()
    {
        // 11 values 10, 20, …, 110 in any order: position (n − 1) p = 0.5, 5, 9.5 → 15, 60, 105.
        var summary = Summary.Of([110, 30, 10, 50, 20, 70, 40, 90, 60, 80, 100]);

        summary.P5.ShouldBe(15, 1e-12);
        summary.P50.ShouldBe(60);
        summary.P95.ShouldBe(105, 1e-12);
    }

    [Fact]
    public void One_value_has_no_spread()
    {
        var summary = Summary.Of([4.2]);

        summary.Mean.ShouldBe(4.2);
        summary.StandardDeviation.ShouldBe(double.NaN);
        summary.ConfidenceLower.ShouldBe(double.NaN);
        summary.P5.ShouldBe(4.2);
        summary.P95.ShouldBe(4.2);
    }

    [Fact]
    public void Rejects_no_values_non_finite_values_and_a_level_outside_zero_to_one()
    {
        Should.Throw<ArgumentException>(() => Summary.Of([]));
        Should.Throw<ArgumentOutOfRangeException>(() => Summary.Of([1, double.NaN]));
        Should.Throw<ArgumentOutOfRangeException>(() => Summary.Of([1, 2], 1));
    }

    [Fact]
    public void The_interval_contains_the_mean_and_the_percentiles_are_ordered()
    {
        Gen.Double[-1e6, 1e6].Array[2, 200].Sample(values =>
        {
            var summary = Summary.Of(values);
            summary.Mean.ShouldBeInRange(summary.ConfidenceLower, summary.ConfidenceUpper);
            summary.P5.ShouldBeGreaterThanOrEqualTo(values.Min());
            summary.P50.ShouldBeGreaterThanOrEqualTo(summary.P5);
            summary.P95.ShouldBeGreaterThanOrEqualTo(summary.P50);
            summary.P95.ShouldBeLessThanOrEqualTo(values.Max());
        });
    }

    [Fact]
    public void A_wider_level_gives_a_wider_interval()
    {
        Gen.Double[0, 100].Array[3, 50].Sample(values =>
        {
            var narrow = Summary.Of(values, 0.9);
            var wide = Summary.Of(values, 0.99);
            (wide.ConfidenceUpper - wide.ConfidenceLower).ShouldBeGreaterThanOrEqualTo(narrow.ConfidenceUpper - narrow.ConfidenceLower);
        });
    }
}
