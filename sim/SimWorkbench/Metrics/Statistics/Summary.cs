namespace SimWorkbench.Metrics.Statistics;

/// <summary>
/// One metric over replications: how many, the mean, the sample standard deviation, a Student's t
/// confidence interval for the mean, and the 5th, 50th and 95th percentiles.
/// </summary>
/// <remarks>
/// Sums run in the order given, so the caller should pass replications in replication order for
/// results that do not depend on how the runs were scheduled.
/// </remarks>
public sealed record Summary
{
    private Summary(int count, double mean, double standardDeviation, double confidenceLevel, double halfWidth, double p5, double p50, double p95)
    {
        Count = count;
        Mean = mean;
        StandardDeviation = standardDeviation;
        ConfidenceLevel = confidenceLevel;
        ConfidenceLower = mean - halfWidth;
        ConfidenceUpper = mean + halfWidth;
        P5 = p5;
        P50 = p50;
        P95 = p95;
    }

    /// <summary>n, the number of values.</summary>
    public int Count { get; }

    /// <summary>The mean, Σx / n.</summary>
    public double Mean { get; }

    /// <summary>The sample standard deviation √(Σ(x − mean)² / (n − 1)); NaN when n = 1.</summary>
    public double StandardDeviation { get; }

    /// <summary>The confidence level of the interval, e.g. 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>mean − t_{(1+level)/2}(n − 1) · s / √n; NaN when n = 1.</summary>
    public double ConfidenceLower { get; }

    /// <summary>mean + t_{(1+level)/2}(n − 1) · s / √n; NaN when n = 1.</summary>
    public double ConfidenceUpper { get; }

    /// <summary>The 5th percentile (linear interpolation between order statistics, see <see cref="Of"/>).</summary>
    public double P5 { get; }

    /// <summary>The median.</summary>
    public double P50 { get; }

    /// <summary>The 95th percentile.</summary>
    public double P95 { get; }

    /// <summary>
    /// Summarises values. Percentiles interpolate linearly between order statistics: with the values
    /// sorted as x_0 ≤ … ≤ x_(n−1), the p-th is x_k + f (x_(k+1) − x_k) where k + f = (n − 1) p
    /// (Hyndman and Fan 1996, definition 7, the default of R and NumPy).
    /// </summary>
    /// <param name="values">The values, one per replication; at least one; each finite.</param>
    /// <param name="confidenceLevel">The confidence level in (0, 1); 0.95 by default.</param>
    /// <returns>The summary.</returns>
    public static Summary Of(ReadOnlySpan<double> values, double confidenceLevel = 0.95)
    {
        var (mean, standardDeviation, halfWidth) = Describe(values, confidenceLevel, nameof(values));
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return new Summary(values.Length, mean, standardDeviation, confidenceLevel, halfWidth, Percentile(sorted, 0.05), Percentile(sorted, 0.5), Percentile(sorted, 0.95));
    }

    /// <summary>Mean, sample standard deviation and the confidence interval's half-width, t · s / √n.</summary>
    internal static (double Mean, double StandardDeviation, double HalfWidth) Describe(ReadOnlySpan<double> values, double confidenceLevel, string paramName)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("A summary needs at least one value.", paramName);
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie in (0, 1).");
        }

        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentOutOfRangeException(paramName, values[i], $"Value {i} must be finite.");
            }

            sum += values[i];
        }

        var n = values.Length;
        var mean = sum / n;
        if (n == 1)
        {
            return (mean, double.NaN, double.NaN); // one value says nothing about spread
        }

        // Two passes: squares of deviations from the mean, not Σx² − n·mean², which cancels catastrophically.
        var squares = 0.0;
        foreach (var value in values)
        {
            var deviation = value - mean;
            squares += deviation * deviation;
        }

        var standardDeviation = Math.Sqrt(squares / (n - 1));
        var t = StudentT.Quantile((1 + confidenceLevel) / 2, n - 1);
        return (mean, standardDeviation, t * standardDeviation / Math.Sqrt(n));
    }

    private static double Percentile(double[] sorted, double p)
    {
        var position = (sorted.Length - 1) * p;
        var below = (int)position;
        var fraction = position - below;
        return below + 1 < sorted.Length
            ? sorted[below] + (fraction * (sorted[below + 1] - sorted[below]))
            : sorted[below];
    }
}
