namespace SimWorkbench.Runs;

/// <summary>
/// A quantity recorded per city, per commodity and per hour of a run (need, served), in
/// commodity units per hour slot. Slot h covers hours [h, h + 1); the last is shorter when the
/// horizon is not a whole number of hours. Cities and commodities are indexed in scenario order.
/// </summary>
public sealed class HourlySeries
{
    private readonly double[] _values;

    internal HourlySeries(double[] values, int cities, int commodities, int hours)
    {
        _values = values;
        Cities = cities;
        Commodities = commodities;
        Hours = hours;
    }

    /// <summary>The number of cities.</summary>
    public int Cities { get; }

    /// <summary>The number of commodities.</summary>
    public int Commodities { get; }

    /// <summary>The number of hour slots.</summary>
    public int Hours { get; }

    /// <summary>The value for one city, commodity and hour slot, in commodity units.</summary>
    /// <param name="city">The city's index in the scenario.</param>
    /// <param name="commodity">The commodity's index in the scenario.</param>
    /// <param name="hour">The hour slot.</param>
    public double this[int city, int commodity, int hour] => Of(city, commodity)[hour];

    /// <summary>The hourly values for one city and commodity.</summary>
    /// <param name="city">The city's index in the scenario.</param>
    /// <param name="commodity">The commodity's index in the scenario.</param>
    /// <returns>One value per hour slot, in commodity units.</returns>
    public ReadOnlySpan<double> Of(int city, int commodity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(city);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(city, Cities);
        ArgumentOutOfRangeException.ThrowIfNegative(commodity);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(commodity, Commodities);
        return _values.AsSpan(((city * Commodities) + commodity) * Hours, Hours);
    }

    /// <summary>The sum over the run for one city and commodity.</summary>
    /// <param name="city">The city's index in the scenario.</param>
    /// <param name="commodity">The commodity's index in the scenario.</param>
    /// <returns>Commodity units.</returns>
    public double Total(int city, int commodity)
    {
        var total = 0.0;
        foreach (var value in Of(city, commodity))
        {
            total += value;
        }

        return total;
    }
}
