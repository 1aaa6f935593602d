namespace SimWorkbench.Kernel.Tests;

/// <summary>
/// Tests of <see cref="RandomStream"/>: reproducibility, independence of named streams, the
/// generator against the published xoshiro256** and SplitMix64 definitions, and each
/// distribution's moments against its analytic values.
/// </summary>
/// <remarks>
/// Statistical tolerances: a sample mean of n draws has standard error σ/√n, and a sample
/// variance s² has standard error √((μ₄ − σ⁴)/n), with μ₄ the fourth central moment (estimated
/// from the sample). Every check allows five standard errors: a correct generator fails one with
/// probability below 6e-7 whatever the seed, while an error of a few tenths of a percent in a
/// mean (n = 400,000) is caught. Chi-square statistics must stay below the 1 − 10⁻⁶ quantile of
/// their distribution, by the Wilson–Hilferty approximation df·(1 − 2/(9 df) + z·√(2/(9 df)))³
/// with z = 4.753 (slightly conservative for small df). Seeds are fixed, so each run draws the
/// same numbers.
/// </remarks>
public sealed partial class RandomStreamTests
{
    private const int Draws = 400_000;
    private const double StandardErrors = 5;

    // ---- Reproducibility and independence ----

    [Fact]
    public void The_same_seed_and_name_give_the_same_sequence()
    {
        var first = new RandomStream(42, "arrivals");
        var second = new RandomStream(42, "arrivals");

        for (var i = 0; i < 10_000; i++)
        {
            second.NextUInt64().ShouldBe(first.NextUInt64());
        }
    }

    [Fact]
    public void A_simulation_stream_is_the_stream_of_its_seed_and_name_and_the_same_object_each_time()
    {
        var sim = new Simulation(7);
        var stream = sim.Random("service");
        var standalone = new RandomStream(7, "service");

        sim.Random("service").ShouldBeSameAs(stream);
        stream.Name.ShouldBe("service");
        for (var i = 0; i < 1_000; i++)
        {
            stream.NextUInt64().ShouldBe(standalone.NextUInt64());
        }
    }

    [Theory]
    [InlineData(42UL, "a", 42UL, "b")]
    [InlineData(42UL, "replication/1", 42UL, "replication/2")]
    [InlineData(42UL, "arrivals", 43UL, "arrivals")]
    [InlineData(0UL, "", 0UL, "x")]
    public void Different_seeds_or_names_give_uncorrelated_streams(ulong seedA, string nameA, ulong seedB, string nameB)
    {
        var a = new RandomStream(seedA, nameA);
        var b = new RandomStream(seedB, nameB);
        var x = new double[Draws];
        var y = new double[Draws];
        for (var i = 0; i < Draws; i++)
        {
            x[i] = a.NextDouble();
            y[i] = b.NextDouble();
        }

        // Under independence the sample correlation has standard error 1/√n.
        Correlation(x, y).ShouldBe(0, StandardErrors / Math.Sqrt(Draws));

        // Shifted by one draw as well, in case one stream were the other one step on.
        Correlation(x.AsSpan(1), y.AsSpan(0, Draws - 1)).ShouldBe(0, StandardErrors / Math.Sqrt(Draws - 1));
        Correlation(x.AsSpan(0, Draws - 1), y.AsSpan(1)).ShouldBe(0, StandardErrors / Math.Sqrt(Draws - 1));
    }

    [Fact]
    public void Drawing_from_one_stream_does_not_shift_another()
    {
        var alone = new Simulation(11).Random("service");
        var expected = new double[1_000];
        for (var i = 0; i < expected.Length; i++)
        {
            expected[i] = alone.Exponential(2.0);
        }

        var sim = new Simulation(11);
        var service = sim.Random("service");
        var other = sim.Random("arrivals");
        for (var i = 0; i < expected.Length; i++)
        {
            // A varying number of draws of every kind on the other stream between two service draws.
            for (var j = 0; j < i % 5; j++)
            {
                other.Normal(0, 1);
                other.Poisson(40);
                other.NextInt(7);
            }

            service.Exponential(2.0).ShouldBe(expected[i]);
        }
    }

    [Fact]
    public void DeriveSeed_is_reproducible_and_tells_names_and_seeds_apart()
    {
        RandomStream.DeriveSeed(42, "replication/3").ShouldBe(RandomStream.DeriveSeed(42, "replication/3"));
        RandomStream.DeriveSeed(42, "replication/3").ShouldNotBe(RandomStream.DeriveSeed(42, "replication/4"));
        RandomStream.DeriveSeed(42, "replication/3").ShouldNotBe(RandomStream.DeriveSeed(43, "replication/3"));
        RandomStream.DeriveSeed(0, string.Empty).ShouldNotBe(RandomStream.DeriveSeed(1, string.Empty));
    }

    // ---- The generator against its published definition ----

    [Fact]
    public void Reference_SplitMix64_reproduces_the_published_outputs()
    {
        // The test's own SplitMix64 (below) is checked first against the outputs of Vigna's
        // splitmix64.c for the seed 1234567, so that it can serve as a reference.
        var state = 1234567UL;
        ulong[] published = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        foreach (var value in published)
        {
            ReferenceSplitMix64(ref state).ShouldBe(value);
        }
    }

    [Fact]
    public void Reference_xoshiro256starstar_reproduces_the_published_outputs()
    {
        // The outputs of the reference xoshiro256starstar.c (Blackman and Vigna) from the state
        // {1, 2, 3, 4}, as published with the rand_xoshiro crate's tests.
        var state = new ulong[] { 1, 2, 3, 4 };
        ulong[] published =
        [
            11520, 0, 1509978240, 1215971899390074240, 1216172134540287360,
            607988272756665600, 16172922978634559625, 8476171486693032832,
            10595114339597558777, 2904607092377533576,
        ];
        foreach (var value in published)
        {
            ReferenceXoshiro256StarStar(state).ShouldBe(value);
        }
    }

    [Theory]
    [InlineData(42UL, "x")]
    [InlineData(0UL, "")]
    [InlineData(ulong.MaxValue, "hazard/quake")]
    [InlineData(123456789UL, "Zürich ✓")]
    public void NextUInt64_is_xoshiro256starstar_seeded_by_SplitMix64_from_the_derived_seed(ulong seed, string name)
    {
        // The stream's state is four SplitMix64 outputs from DeriveSeed(seed, name); from there on
        // every output must be the reference algorithm's.
        var splitMix = RandomStream.DeriveSeed(seed, name);
        var state = new ulong[4];
        for (var i = 0; i < 4; i++)
        {
            state[i] = ReferenceSplitMix64(ref splitMix);
        }

        var stream = new RandomStream(seed, name);
        var firstMismatch = -1;
        for (var i = 0; i < 100_000 && firstMismatch < 0; i++)
        {
            if (stream.NextUInt64() != ReferenceXoshiro256StarStar(state))
            {
                firstMismatch = i;
            }
        }

        firstMismatch.ShouldBe(-1, "the index of the first output that differs from the reference");
    }

    [Fact]
    public void NextDouble_is_the_top_53_bits_of_the_next_output_scaled_into_the_unit_interval()
    {
        var bits = new RandomStream(5, "u");
        var doubles = new RandomStream(5, "u");
        for (var i = 0; i < 10_000; i++)
        {
            var u = doubles.NextDouble();
            u.ShouldBe((bits.NextUInt64() >> 11) / 9007199254740992.0); // 2^53
            u.ShouldBeGreaterThanOrEqualTo(0);
            u.ShouldBeLessThan(1);
        }
    }

    // ---- Helpers ----

    private static RandomStream Stream() => new(1, "validation");

    private static double[] Sample(Func<double> draw)
    {
        var samples = new double[Draws];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = draw();
        }

        return samples;
    }

    private static void ShouldHaveMoments(double[] samples, double mean, double variance)
    {
        var n = samples.Length;
        var sampleMean = samples.Average();
        var m2 = 0.0;
        var m4 = 0.0;
        foreach (var x in samples)
        {
            var d = x - sampleMean;
            m2 += d * d;
            m4 += d * d * d * d;
        }

        var sampleVariance = m2 / (n - 1);
        m4 /= n;
        sampleMean.ShouldBe(mean, StandardErrors * Math.Sqrt(variance / n), "mean");
        sampleVariance.ShouldBe(variance, StandardErrors * Math.Sqrt((m4 - (sampleVariance * sampleVariance)) / n), "variance");
    }

    private static double Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = x.Length;
        double meanX = 0, meanY = 0;
        for (var i = 0; i < n; i++)
        {
            meanX += x[i];
            meanY += y[i];
        }

        meanX /= n;
        meanY /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double ChiSquare(long[] observed, double[] expected)
    {
        var statistic = 0.0;
        for (var i = 0; i < observed.Length; i++)
        {
            var d = observed[i] - expected[i];
            statistic += d * d / expected[i];
        }

        return statistic;
    }

    /// <summary>The 1 − 10⁻⁶ quantile of chi-square with the given degrees of freedom (Wilson and Hilferty 1931).</summary>
    private static double ChiSquareBound(int degreesOfFreedom)
    {
        const double z = 4.753; // the standard normal's 1 − 10⁻⁶ quantile
        var v = 2.0 / (9 * degreesOfFreedom);
        return degreesOfFreedom * Math.Pow(1 - v + (z * Math.Sqrt(v)), 3);
    }

    /// <summary>Merges cells expecting fewer than 50 counts into their neighbours, so the chi-square approximation holds.</summary>
    private static (long[] Observed, double[] Expected) MergeSparseCells(long[] observed, double[] expected)
    {
        var mergedObserved = new List<long>();
        var mergedExpected = new List<double>();
        long o = 0;
        double e = 0;
        for (var i = 0; i < observed.Length; i++)
        {
            o += observed[i];
            e += expected[i];
            if (e >= 50)
            {
                mergedObserved.Add(o);
                mergedExpected.Add(e);
                o = 0;
                e = 0;
            }
        }

        mergedObserved[^1] += o;
        mergedExpected[^1] += e;
        return ([.. mergedObserved], [.. mergedExpected]);
    }

    /// <summary>SplitMix64 as defined by Vigna (splitmix64.c).</summary>
    private static ulong ReferenceSplitMix64(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>One step of xoshiro256** 1.0 as defined by Blackman and Vigna (xoshiro256starstar.c).</summary>
    private static ulong ReferenceXoshiro256StarStar(ulong[] s)
    {
        var result = RotateLeft(s[1] * 5, 7) * 9;
        var t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = RotateLeft(s[3], 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
