using CsCheck;
using SimWorkbench.Metrics.Statistics;

namespace SimWorkbench.Tests.Metrics.Statistics;

public sealed class PairedDifferenceTests
{
    [Fact]
    public void Gives_the_paired_t_interval_worked_by_hand()
    {
        // d = (10 − 9, 12 − 10, 14 − 11) = (1, 2, 3): mean 2, s = 1, ν = 2, t_0.975 = 0.95 / √(2 × 0.975 × 0.025);
        // half-width t / √3 ≈ 2.484, so the interval (≈ −0.48, 4.48) includes 0.
        var difference = PairedDifference.Of([10, 12, 14], [9, 10, 11]);
        var halfWidth = 0.95 / Math.Sqrt(2 * 0.975 * 0.025) / Math.Sqrt(3);

        difference.Count.ShouldBe(3);
        difference.MeanDifference.ShouldBe(2);
        difference.StandardDeviation.ShouldBe(1);
        difference.ConfidenceLower.ShouldBe(2 - halfWidth, 1e-12);
        difference.ConfidenceUpper.ShouldBe(2 + halfWidth, 1e-12);
        difference.ExcludesZero.ShouldBeFalse();
    }

    [Fact]
    public void Common_random_numbers_separate_strategies_that_separate_summaries_cannot()
    {
        // Replications differ widely (0, 50, 100, …) but the first strategy is always exactly 1 better:
        // the paired differences are all 1, so the interval is [1, 1], while the two means' own intervals overlap.
        double[] second = [0, 50, 100, 20, 80];
        double[] first = [.. second.Select(x => x + 1)];

        var difference = PairedDifference.Of(first, second);

        difference.MeanDifference.ShouldBe(1);
        difference.ConfidenceLower.ShouldBe(1);
        difference.ConfidenceUpper.ShouldBe(1);
        difference.ExcludesZero.ShouldBeTrue();
        Summary.Of(first).ConfidenceLower.ShouldBeLessThan(Summary.Of(second).ConfidenceUpper);
    }

    [Fact]
    public void Rejects_unpaired_values()
    {
        Should.Throw<ArgumentException>(() => PairedDifference.Of([1, 2], [1]));
        Should.Throw<ArgumentException>(() => PairedDifference.Of([], []));
    }

    [Fact]
    public void Swapping_the_strategies_flips_the_sign_and_the_interval_contains_the_mean()
    {
        Gen.Select(Gen.Double[0, 1].Array[300], Gen.Double[0, 1].Array[300], Gen.Int[2, 300]).Sample((a, b, n) =>
        {
            var forward = PairedDifference.Of(a.AsSpan(0, n), b.AsSpan(0, n));
            var backward = PairedDifference.Of(b.AsSpan(0, n), a.AsSpan(0, n));
            backward.MeanDifference.ShouldBe(-forward.MeanDifference, 1e-12);
            backward.ConfidenceUpper.ShouldBe(-forward.ConfidenceLower, 1e-12);
            forward.MeanDifference.ShouldBeInRange(forward.ConfidenceLower, forward.ConfidenceUpper);
        });
    }
}
