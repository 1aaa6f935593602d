namespace SimWorkbench.Kernel.Tests;

/// <summary>The distributions of <see cref="RandomStream"/> against their analytic moments and shapes (tolerances: see the main part).</summary>
public sealed partial class RandomStreamTests
{
    // ---- Integers ----

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(100)]
    public void NextInt_is_uniform_over_its_range(int count)
    {
        var stream = new RandomStream(3, "ints");
        var n = 50_000 * count;
        var tally = new long[count];
        for (var i = 0; i < n; i++)
        {
            var k = stream.NextInt(count);
            k.ShouldBeInRange(0, count - 1);
            tally[k]++;
        }

        if (count > 1)
        {
            ChiSquare(tally, Enumerable.Repeat((double)n / count, count).ToArray()).ShouldBeLessThan(ChiSquareBound(count - 1));
        }
    }

    [Fact]
    public void NextInt_with_a_huge_count_stays_in_range_and_covers_it_evenly()
    {
        // 3·2^29 is not a power of two: the values a biased modulo reduction would favour are spread
        // over the whole range, so sixteen equal slices of it should be equally full.
        const int count = 1_610_612_736;
        const int slices = 16;
        const int n = 800_000;
        var stream = new RandomStream(4, "huge");
        var tally = new long[slices];
        var sawTopSlice = false;
        for (var i = 0; i < n; i++)
        {
            var k = stream.NextInt(count);
            k.ShouldBeInRange(0, count - 1);
            var slice = (int)((long)k * slices / count);
            tally[slice]++;
            sawTopSlice |= slice == slices - 1;
        }

        sawTopSlice.ShouldBeTrue();
        ChiSquare(tally, Enumerable.Repeat((double)n / slices, slices).ToArray()).ShouldBeLessThan(ChiSquareBound(slices - 1));
        new RandomStream(4, "max").NextInt(int.MaxValue).ShouldBeInRange(0, int.MaxValue - 1);
    }

    // ---- Continuous distributions ----

    [Fact]
    public void Uniform_has_the_mean_and_variance_of_its_interval()
    {
        var stream = new RandomStream(21, "uniform");
        var samples = Sample(() => stream.Uniform(-3, 5));

        samples.ShouldAllBe(x => x >= -3 && x < 5);

        // Mean (a + b)/2; variance (b − a)²/12.
        ShouldHaveMoments(samples, mean: 1, variance: 64.0 / 12);
        stream.Uniform(2.5, 2.5).ShouldBe(2.5);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.5)]
    [InlineData(1e-3)]
    public void Exponential_has_mean_m_and_variance_m_squared(double mean)
    {
        var stream = new RandomStream(22, "exponential");
        var samples = Sample(() => stream.Exponential(mean));

        samples.ShouldAllBe(x => x >= 0 && double.IsFinite(x));
        ShouldHaveMoments(samples, mean, mean * mean);
    }

    [Fact]
    public void Exponential_follows_its_distribution_function_into_the_tail()
    {
        // Chi-square against F(x) = 1 − e^(−x) on 64 bins of equal probability plus the far tail,
        // cut at 7.7 and 10 (beyond 7.7 a ziggurat draws from its separate tail), where the
        // expected counts come from the same F.
        const int n = 2_000_000;
        const int equalBins = 64;
        var stream = new RandomStream(23, "exponential-shape");
        double[] edges = [.. Enumerable.Range(1, equalBins - 1).Select(i => -Math.Log(1 - ((double)i / equalBins))), 7.7, 10];
        var tally = new long[edges.Length + 1];
        for (var i = 0; i < n; i++)
        {
            var x = stream.Exponential(1.0);
            var bin = Array.BinarySearch(edges, x);
            tally[bin >= 0 ? bin + 1 : ~bin]++;
        }

        var expected = new double[tally.Length];
        var previous = 0.0;
        for (var i = 0; i < tally.Length; i++)
        {
            var cumulative = i < edges.Length ? 1 - Math.Exp(-edges[i]) : 1;
            expected[i] = n * (cumulative - previous);
            previous = cumulative;
        }

        ChiSquare(tally, expected).ShouldBeLessThan(ChiSquareBound(tally.Length - 1));
    }

    [Fact]
    public void Normal_has_its_mean_and_variance_and_successive_draws_are_uncorrelated()
    {
        var stream = new RandomStream(24, "normal");
        var samples = Sample(() => stream.Normal(10, 3));

        ShouldHaveMoments(samples, mean: 10, variance: 9);

        // The polar method makes draws in pairs: a pair's two members must be independent too.
        Correlation(samples.AsSpan(0, Draws - 1), samples.AsSpan(1)).ShouldBe(0, StandardErrors / Math.Sqrt(Draws - 1));
        stream.Normal(4, 0).ShouldBe(4);
    }

    [Fact]
    public void LogNormal_has_its_median_and_log_standard_deviation()
    {
        const double median = 0.4;
        const double beta = 0.6;
        var stream = new RandomStream(25, "lognormal");
        var samples = Sample(() => stream.LogNormal(median, beta));
        samples.ShouldAllBe(x => x > 0);

        // The sample median's standard error is 1/(2 f(m) √n) with the density at the median
        // f(m) = 1/(m β √(2π)): that is m β √(π/2)/√n.
        var sorted = samples.Order().ToArray();
        var sampleMedian = (sorted[(Draws / 2) - 1] + sorted[Draws / 2]) / 2;
        sampleMedian.ShouldBe(median, StandardErrors * median * beta * Math.Sqrt(Math.PI / 2) / Math.Sqrt(Draws));

        // ln X is Normal(ln m, β²).
        var logs = samples.Select(x => Math.Log(x)).ToArray();
        ShouldHaveMoments(logs, mean: Math.Log(median), variance: beta * beta);
        stream.LogNormal(3, 0).ShouldBe(3);
    }

    [Theory]
    [InlineData(2.0, 3.0, 7.0)]
    [InlineData(0.0, 0.0, 1.0)]
    [InlineData(0.0, 1.0, 1.0)]
    public void Triangular_has_its_mean_and_variance_and_stays_within_its_bounds(double min, double mode, double max)
    {
        var stream = new RandomStream(26, "triangular");
        var samples = Sample(() => stream.Triangular(min, mode, max));

        samples.ShouldAllBe(x => x >= min && x <= max);

        // Mean (a + b + c)/3; variance (a² + b² + c² − ab − ac − bc)/18.
        var variance = ((min * min) + (mode * mode) + (max * max) - (min * mode) - (min * max) - (mode * max)) / 18;
        ShouldHaveMoments(samples, (min + mode + max) / 3, variance);
        stream.Triangular(5, 5, 5).ShouldBe(5);
    }

    // ---- Discrete distributions ----

    [Theory]
    [InlineData(0.5)]
    [InlineData(3.7)]
    [InlineData(29.5)] // the largest means by inversion
    [InlineData(30.0)] // the smallest by transformed rejection
    [InlineData(75.5)]
    [InlineData(10_000.0)]
    public void Poisson_has_mean_and_variance_equal_to_its_mean(double mean)
    {
        var stream = new RandomStream(27, "poisson");
        var samples = Sample(() => (double)stream.Poisson(mean));

        samples.ShouldAllBe(k => k >= 0 && k == Math.Floor(k));
        ShouldHaveMoments(samples, mean, mean);
    }

    [Theory]
    [InlineData(3.7)]  // inversion
    [InlineData(45.0)] // transformed rejection
    public void Poisson_follows_its_probability_mass_function(double mean)
    {
        const int n = 1_000_000;
        var stream = new RandomStream(28, "poisson-shape");
        var top = (int)(mean + (8 * Math.Sqrt(mean)) + 10);
        var tally = new long[top + 1];
        for (var i = 0; i < n; i++)
        {
            tally[Math.Min(stream.Poisson(mean), top)]++;
        }

        // P(0) = e^−λ, P(k) = P(k−1)·λ/k; the last cell takes the whole upper tail.
        var expected = new double[top + 1];
        var p = Math.Exp(-mean);
        var below = 0.0;
        for (var k = 0; k < top; k++)
        {
            expected[k] = n * p;
            below += p;
            p *= mean / (k + 1);
        }

        expected[top] = n * (1 - below);
        var (observed, merged) = MergeSparseCells(tally, expected);
        ChiSquare(observed, merged).ShouldBeLessThan(ChiSquareBound(observed.Length - 1));
    }

    [Fact]
    public void Poisson_with_mean_zero_is_always_zero()
    {
        var stream = new RandomStream(29, "poisson-zero");
        for (var i = 0; i < 1_000; i++)
        {
            stream.Poisson(0).ShouldBe(0);
        }
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.999)]
    public void Bernoulli_is_true_with_its_probability(double probability)
    {
        var stream = new RandomStream(30, "bernoulli");
        var trues = 0;
        for (var i = 0; i < Draws; i++)
        {
            trues += stream.Bernoulli(probability) ? 1 : 0;
        }

        ((double)trues / Draws).ShouldBe(probability, StandardErrors * Math.Sqrt(probability * (1 - probability) / Draws));
    }

    [Fact]
    public void Bernoulli_with_probability_zero_or_one_is_certain()
    {
        var stream = new RandomStream(31, "bernoulli-edges");
        for (var i = 0; i < 10_000; i++)
        {
            stream.Bernoulli(0).ShouldBeFalse();
            stream.Bernoulli(1).ShouldBeTrue();
        }
    }

    [Fact]
    public void Choose_picks_each_index_in_proportion_to_its_weight_and_never_a_zero_weight()
    {
        double[] weights = [1, 0, 3, 6, 0];
        var total = weights.Sum();
        var stream = new RandomStream(32, "choose");
        var tally = new long[weights.Length];
        for (var i = 0; i < Draws; i++)
        {
            tally[stream.Choose(weights)]++;
        }

        tally[1].ShouldBe(0);
        tally[4].ShouldBe(0);
        for (var i = 0; i < weights.Length; i++)
        {
            // Each count is Binomial(n, p): the frequency has standard error √(p(1 − p)/n).
            var p = weights[i] / total;
            ((double)tally[i] / Draws).ShouldBe(p, (StandardErrors * Math.Sqrt(p * (1 - p) / Draws)) + 1e-12, $"index {i}");
        }
    }

    [Fact]
    public void Choose_of_items_returns_the_item_at_the_chosen_index()
    {
        double[] weights = [2, 0, 5];
        string[] items = ["a", "b", "c"];
        var byIndex = new RandomStream(33, "items");
        var byItem = new RandomStream(33, "items");
        for (var i = 0; i < 1_000; i++)
        {
            byItem.Choose(items, weights).ShouldBe(items[byIndex.Choose(weights)]);
        }
    }
}
