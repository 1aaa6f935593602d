namespace SimWorkbench.Metrics;

/// <summary>
/// Days of cover: how many days a stock would meet a minimum daily need with nothing more
/// arriving. Taken at onset for a city cut off, it is that city's time to survive.
/// </summary>
public static class DaysOfCover
{
    /// <summary>stock / minimum daily need.</summary>
    /// <param name="stock">Stock, commodity units; finite and ≥ 0.</param>
    /// <param name="minimumDailyNeed">Minimum need per day, commodity units per day; finite and &gt; 0.</param>
    /// <returns>Days; 0 for an empty stock.</returns>
    public static double Of(double stock, double minimumDailyNeed)
    {
        if (!(stock >= 0) || double.IsInfinity(stock))
        {
            throw new ArgumentOutOfRangeException(nameof(stock), stock, "Stock must be finite and ≥ 0.");
        }

        if (!(minimumDailyNeed > 0) || double.IsInfinity(minimumDailyNeed))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumDailyNeed), minimumDailyNeed, "The minimum daily need must be finite and > 0.");
        }

        return stock / minimumDailyNeed;
    }

    /// <summary>Days of cover for each value of a stock series (e.g. hourly stock levels).</summary>
    /// <param name="stock">Stock at each time, commodity units; each finite and ≥ 0.</param>
    /// <param name="minimumDailyNeed">Minimum need per day, commodity units per day; finite and &gt; 0.</param>
    /// <param name="daysOfCover">Receives days of cover at each time; same length as the stock.</param>
    public static void Of(ReadOnlySpan<double> stock, double minimumDailyNeed, Span<double> daysOfCover)
    {
        if (daysOfCover.Length != stock.Length)
        {
            throw new ArgumentException($"The destination has {daysOfCover.Length} places for {stock.Length} stock values.", nameof(daysOfCover));
        }

        for (var i = 0; i < stock.Length; i++)
        {
            daysOfCover[i] = Of(stock[i], minimumDailyNeed);
        }
    }
}
