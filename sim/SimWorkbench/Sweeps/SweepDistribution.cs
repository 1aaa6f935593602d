namespace SimWorkbench.Sweeps;

/// <summary>A continuous (or whole-number) range a parameter is drawn from, with the unit its values are written in.</summary>
/// <param name="Kind">The distribution.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value (at least <paramref name="Min"/>).</param>
/// <param name="Unit">The unit appended to each value (e.g. <c>h</c>, <c>t</c>), or empty for a plain number.</param>
public sealed record SweepDistribution(DistributionKind Kind, double Min, double Max, string Unit)
{
    /// <summary>The value at cumulative probability <paramref name="probability"/> (the inverse distribution function).</summary>
    /// <param name="probability">In [0, 1).</param>
    /// <returns>A value in [Min, Max].</returns>
    public double Quantile(double probability)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(probability);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(probability, 1.0);
        return Kind switch
        {
            DistributionKind.Uniform => Min + (probability * (Max - Min)),
            DistributionKind.LogUniform => Math.Exp(Math.Log(Min) + (probability * (Math.Log(Max) - Math.Log(Min)))),
            DistributionKind.WholeNumber => Math.Min(Max, Min + Math.Floor(probability * (Max - Min + 1))),
            _ => throw new InvalidOperationException($"Unknown distribution kind {Kind}."),
        };
    }

    /// <summary>A value as the scenario reads it: the number (round-trip precision) and the unit.</summary>
    /// <param name="value">The value.</param>
    /// <returns>E.g. <c>12.5 h</c>.</returns>
    public string Text(double value) => SweepParameter.Format(value, Unit);
}
