using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace SimWorkbench.Kernel;

/// <summary>
/// A reproducible stream of random numbers derived from (seed, name): xoshiro256** 1.0
/// (Blackman and Vigna, 2018) seeded through SplitMix64, with distributions computed by
/// <see cref="PortableMath"/>. The same seed and name give the same numbers on every machine and
/// .NET version, and streams with different names are independent: drawing from one never
/// shifts another (common random numbers across strategies).
/// </summary>
public sealed class RandomStream
{
    private const double TwoToMinus53 = 1.0 / (1UL << 53);
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareNormal = double.NaN;

    /// <summary>Creates the stream named <paramref name="name"/> under <paramref name="seed"/>.</summary>
    /// <param name="seed">The master seed.</param>
    /// <param name="name">What the stream is for.</param>
    public RandomStream(ulong seed, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        var state = DeriveSeed(seed, name);
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1; // the one state xoshiro cannot leave
        }
    }

    /// <summary>The stream's name.</summary>
    public string Name { get; }

    /// <summary>
    /// A seed for a sub-experiment (a replication, a sweep point) derived from a master seed and a
    /// name: FNV-1a of the name's UTF-8 bytes mixed into the seed by SplitMix64's finaliser.
    /// </summary>
    /// <param name="seed">The master seed.</param>
    /// <param name="name">What the derived seed is for, e.g. "replication/3".</param>
    /// <returns>The derived seed.</returns>
    public static ulong DeriveSeed(ulong seed, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        var state = seed ^ Mix(hash);
        return SplitMix64(ref state);
    }

    /// <summary>The next 64 random bits.</summary>
    /// <returns>A uniformly distributed 64-bit value.</returns>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform draw from [0, 1) with 53 random bits.</summary>
    /// <returns>The draw.</returns>
    public double NextDouble() => (NextUInt64() >> 11) * TwoToMinus53;

    /// <summary>A uniform integer in [0, <paramref name="count"/>), without bias (Lemire's method).</summary>
    /// <param name="count">How many values; positive.</param>
    /// <returns>The draw.</returns>
    public int NextInt(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var range = (ulong)count;
        var product = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = (0 - range) % range;
            while (low < threshold)
            {
                product = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (int)product;
    }

    /// <summary>A uniform draw from [<paramref name="min"/>, <paramref name="max"/>).</summary>
    /// <param name="min">The lower bound.</param>
    /// <param name="max">The upper bound; not below <paramref name="min"/>.</param>
    /// <returns>The draw.</returns>
    public double Uniform(double min, double max)
    {
        if (!(max >= min) || !double.IsFinite(max - min))
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"The upper bound must be finite and at least the lower bound ({min:R}).");
        }

        return min + ((max - min) * NextDouble());
    }

    /// <summary>An exponential draw (the ziggurat method: exact, and mostly without a logarithm).</summary>
    /// <param name="mean">The mean; positive.</param>
    /// <returns>The draw, zero or more.</returns>
    public double Exponential(double mean)
    {
        CheckPositive(mean, nameof(mean));
        return mean * StandardExponential();
    }

    /// <summary>A normal draw (Marsaglia's polar method; the second value of each pair is kept for the next call).</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="standardDeviation">The standard deviation; zero or more.</param>
    /// <returns>The draw.</returns>
    public double Normal(double mean, double standardDeviation)
    {
        if (!(standardDeviation >= 0) || !double.IsFinite(standardDeviation))
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "A standard deviation must be finite and zero or more.");
        }

        return mean + (standardDeviation * StandardNormal());
    }

    /// <summary>A lognormal draw parameterised as fragility curves are: by its median and the standard deviation of its logarithm.</summary>
    /// <param name="median">The median; positive.</param>
    /// <param name="beta">The standard deviation of ln X; zero or more.</param>
    /// <returns>The draw, positive.</returns>
    public double LogNormal(double median, double beta)
    {
        CheckPositive(median, nameof(median));
        if (!(beta >= 0) || !double.IsFinite(beta))
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "Beta must be finite and zero or more.");
        }

        return median * PortableMath.Exp(beta * StandardNormal());
    }

    /// <summary>A triangular draw (inverse transform).</summary>
    /// <param name="min">The lower bound.</param>
    /// <param name="mode">The most likely value, between the bounds.</param>
    /// <param name="max">The upper bound.</param>
    /// <returns>The draw.</returns>
    public double Triangular(double min, double mode, double max)
    {
        if (!(min <= mode && mode <= max) || !double.IsFinite(max - min))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"Triangular needs finite min <= mode <= max (got {min:R}, {mode:R}, {max:R}).");
        }

        var width = max - min;
        if (width == 0)
        {
            return min;
        }

        var u = NextDouble();
        var split = (mode - min) / width;
        return u < split
            ? min + Math.Sqrt(u * width * (mode - min))
            : max - Math.Sqrt((1 - u) * width * (max - mode));
    }

    /// <summary>A Poisson draw: inversion for means below 30, Hörmann's PTRS transformed rejection (1993) above.</summary>
    /// <param name="mean">The mean; zero or more and finite.</param>
    /// <returns>The draw.</returns>
    public long Poisson(double mean)
    {
        if (!(mean >= 0) || !double.IsFinite(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "A Poisson mean must be finite and zero or more.");
        }

        return mean < 30 ? PoissonByInversion(mean) : PoissonByRejection(mean);
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    /// <param name="probability">In [0, 1].</param>
    /// <returns>The draw.</returns>
    public bool Bernoulli(double probability)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability must lie in [0, 1].");
        }

        return NextDouble() < probability;
    }

    /// <summary>An index drawn with probability proportional to its weight.</summary>
    /// <param name="weights">Non-negative weights, not all zero.</param>
    /// <returns>The chosen index.</returns>
    public int Choose(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            if (!(w >= 0) || !double.IsFinite(w))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), w, "Weights must be finite and zero or more.");
            }

            total += w;
        }

        if (!(total > 0))
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }

        var target = NextDouble() * total;
        var cumulative = 0.0;
        var last = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] == 0)
            {
                continue;
            }

            cumulative += weights[i];
            last = i;
            if (target < cumulative)
            {
                return i;
            }
        }

        return last; // rounding left target at the total: the last positive weight
    }

    /// <summary>An item drawn with probability proportional to its weight.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="weights">Their weights, as many as items.</param>
    /// <returns>The chosen item.</returns>
    public T Choose<T>(IReadOnlyList<T> items, ReadOnlySpan<double> weights)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count != weights.Length)
        {
            throw new ArgumentException($"There are {items.Count} items but {weights.Length} weights.", nameof(weights));
        }

        return items[Choose(weights)];
    }

    /// <inheritdoc/>
    public override string ToString() => $"RandomStream '{Name}'";

    // The test inlines on the hot path; the throw stays out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckPositive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            ThrowNotPositive(value, name);
        }
    }

    [DoesNotReturn]
    private static void ThrowNotPositive(double value, string name) =>
        throw new ArgumentOutOfRangeException(name, value, "Must be positive and finite.");

    private double StandardExponential()
    {
        var x = ExponentialZiggurat.X;
        while (true)
        {
            // The low 8 bits pick the layer; the top 53 bits, independent of them, the position in it.
            var bits = NextUInt64();
            var layer = (int)(bits & 0xFF);
            var candidate = (bits >> 11) * TwoToMinus53 * x[layer];
            if (candidate < x[layer + 1])
            {
                return candidate;
            }

            if (layer == 0)
            {
                // Beyond the base layer's rectangle: the tail of an exponential is an exponential.
                return ExponentialZiggurat.TailStart - PortableMath.Log(1.0 - NextDouble());
            }

            var f = ExponentialZiggurat.F;
            if (f[layer + 1] + ((f[layer] - f[layer + 1]) * NextDouble()) < PortableMath.Exp(-candidate))
            {
                return candidate;
            }
        }
    }

    private double StandardNormal()
    {
        if (!double.IsNaN(_spareNormal))
        {
            var spare = _spareNormal;
            _spareNormal = double.NaN;
            return spare;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * PortableMath.Log(s) / s);
        _spareNormal = v * factor;
        return u * factor;
    }

    private long PoissonByInversion(double mean)
    {
        var u = NextDouble();
        var p = PortableMath.Exp(-mean);
        var cumulative = p;
        long k = 0;

        // Stop where the remaining tail is below the resolution of u (k far beyond the mean).
        while (u > cumulative && k < 1000)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }

        return k;
    }

    private long PoissonByRejection(double mean)
    {
        var root = Math.Sqrt(mean);
        var logMean = PortableMath.Log(mean);
        var b = 0.931 + (2.53 * root);
        var a = -0.059 + (0.02483 * b);
        var inverseAlpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + mean + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (long)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            var lhs = PortableMath.Log(v) + PortableMath.Log(inverseAlpha) - PortableMath.Log((a / (us * us)) + b);
            var rhs = -mean + (k * logMean) - PortableMath.LogGamma(k + 1);
            if (lhs <= rhs)
            {
                return (long)k;
            }
        }
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E37_79B9_7F4A_7C15UL;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }
}
