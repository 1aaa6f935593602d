namespace SimWorkbench.Metrics.Statistics;

/// <summary>
/// The difference between two strategies in one metric, replication by replication: with common
/// random numbers both saw the same hazards in replication i, so d_i = first_i − second_i removes
/// what the replications share and the interval on the mean of d is tighter than the two separate ones.
/// </summary>
public sealed record PairedDifference
{
    private PairedDifference(int count, double meanDifference, double standardDeviation, double confidenceLevel, double halfWidth)
    {
        Count = count;
        MeanDifference = meanDifference;
        StandardDeviation = standardDeviation;
        ConfidenceLevel = confidenceLevel;
        ConfidenceLower = meanDifference - halfWidth;
        ConfidenceUpper = meanDifference + halfWidth;
    }

    /// <summary>n, the number of pairs.</summary>
    public int Count { get; }

    /// <summary>The mean of d_i = first_i − second_i, in the metric's unit.</summary>
    public double MeanDifference { get; }

    /// <summary>The sample standard deviation of the d_i; NaN when n = 1.</summary>
    public double StandardDeviation { get; }

    /// <summary>The confidence level of the interval, e.g. 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>mean − t_{(1+level)/2}(n − 1) · s_d / √n (the paired t interval); NaN when n = 1.</summary>
    public double ConfidenceLower { get; }

    /// <summary>mean + t_{(1+level)/2}(n − 1) · s_d / √n; NaN when n = 1.</summary>
    public double ConfidenceUpper { get; }

    /// <summary>Whether the interval lies wholly on one side of 0: the strategies differ at this confidence level.</summary>
    public bool ExcludesZero => ConfidenceLower > 0 || ConfidenceUpper < 0;

    /// <summary>Pairs the two strategies' values by replication.</summary>
    /// <param name="first">The first strategy's value in each replication; each finite.</param>
    /// <param name="second">The second strategy's value in the same replications, in the same order; same length, at least one.</param>
    /// <param name="confidenceLevel">The confidence level in (0, 1); 0.95 by default.</param>
    /// <returns>The mean difference first − second with its interval.</returns>
    public static PairedDifference Of(ReadOnlySpan<double> first, ReadOnlySpan<double> second, double confidenceLevel = 0.95)
    {
        if (second.Length != first.Length)
        {
            throw new ArgumentException($"Pairs need as many values of the second strategy ({second.Length}) as of the first ({first.Length}).", nameof(second));
        }

        var differences = first.Length <= 256 ? stackalloc double[first.Length] : new double[first.Length];
        for (var i = 0; i < first.Length; i++)
        {
            differences[i] = first[i] - second[i];
        }

        var (mean, standardDeviation, halfWidth) = Summary.Describe(differences, confidenceLevel, nameof(first));
        return new PairedDifference(first.Length, mean, standardDeviation, confidenceLevel, halfWidth);
    }
}
