namespace SimWorkbench.Metrics;

/// <summary>How evenly a commodity reached cities: the population-weighted Gini coefficient of their fill rates.</summary>
public static class Equity
{
    /// <summary>
    /// The weighted Gini coefficient, Gini's mean absolute difference over twice the mean:
    /// G = Σ_i Σ_j w_i w_j |x_i − x_j| / (2 W² μ), with W = Σ w_i and μ = Σ w_i x_i / W (Gini 1912,
    /// each pair weighted by the product of its weights). Pairs of a value with itself count in W²
    /// (no n / (n − 1) small-sample correction), so equal weights on (0, 1) give 0.5, and n
    /// cities with all service in one give 1 − 1/n.
    /// </summary>
    /// <param name="values">The values, e.g. fill rates; each finite and ≥ 0; at least one.</param>
    /// <param name="weights">Their weights, e.g. populations; each finite and &gt; 0; same length.</param>
    /// <returns>G in [0, 1): 0 when all values are equal (all zero included), approaching 1 as one small weight holds everything.</returns>
    public static double Gini(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        if (values.IsEmpty || weights.Length != values.Length)
        {
            throw new ArgumentException($"Gini needs at least one value and one weight per value (got {values.Length} values, {weights.Length} weights).", nameof(weights));
        }

        var totalWeight = 0.0;
        var weightedSum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0) || double.IsInfinity(values[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(values), values[i], $"Value {i} must be finite and ≥ 0.");
            }

            if (!(weights[i] > 0) || double.IsInfinity(weights[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weights[i], $"Weight {i} must be finite and > 0.");
            }

            totalWeight += weights[i];
            weightedSum += weights[i] * values[i];
        }

        if (weightedSum == 0)
        {
            return 0; // every value is 0: perfectly equal
        }

        // Σ_{i<j} counts each unordered pair once, which cancels the 2 in 2W²μ; W²μ = W · Σ w x.
        var pairs = 0.0;
        for (var i = 1; i < values.Length; i++)
        {
            var row = 0.0;
            for (var j = 0; j < i; j++)
            {
                row += weights[j] * Math.Abs(values[i] - values[j]);
            }

            pairs += weights[i] * row;
        }

        return pairs / (totalWeight * weightedSum);
    }
}
