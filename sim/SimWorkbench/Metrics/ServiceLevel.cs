namespace SimWorkbench.Metrics;

/// <summary>
/// Service level and the measures built on it, as pure functions over hourly and daily series:
/// fill rate, the daily service level Q(d), resilience loss and index (Bruneau et al. 2003), time to
/// first delivery and time to recover.
/// </summary>
/// <remarks>
/// Hour h is [h, h + 1) from the start of the run; day d is hours [24d, 24d + 24), the last day
/// shorter when the horizon is not a whole number of days. Served never exceeds need (see
/// <see cref="CitySeries"/>), so every service level lies in [0, 1].
/// </remarks>
public static class ServiceLevel
{
    /// <summary>Hours in a day.</summary>
    public const int HoursPerDay = 24;

    /// <summary>The hourly service level a city must hold to count as recovered.</summary>
    public const double RecoveryThreshold = 0.95;

    /// <summary>How long, in hours, the service level must hold to count as recovered.</summary>
    public const int RecoveryWindowHours = 24;

    /// <summary>The number of days (the last possibly partial) that a horizon of hours spans.</summary>
    /// <param name="horizonHours">The horizon in hours, ≥ 0.</param>
    /// <returns>⌈hours / 24⌉.</returns>
    public static int DayCount(int horizonHours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizonHours);
        return (horizonHours + HoursPerDay - 1) / HoursPerDay;
    }

    /// <summary>Share of need that was served: served / need, and 1 when there was no need.</summary>
    /// <param name="need">Need, any unit, ≥ 0.</param>
    /// <param name="served">Need met, the same unit, 0 ≤ served ≤ need.</param>
    /// <returns>A fraction in [0, 1].</returns>
    public static double FillRate(double need, double served) => need > 0 ? served / need : 1;

    /// <summary>Sums an hourly series into days (the last day possibly partial).</summary>
    /// <param name="perHour">Amounts per hour.</param>
    /// <param name="perDay">Receives the amount per day; its length must be <see cref="DayCount"/> of the hours.</param>
    public static void SumByDay(ReadOnlySpan<double> perHour, Span<double> perDay)
    {
        RequireDayLength(perHour.Length, perDay.Length, nameof(perDay));
        for (var d = 0; d < perDay.Length; d++)
        {
            var start = d * HoursPerDay;
            var sum = 0.0;
            foreach (var amount in perHour[start..Math.Min(start + HoursPerDay, perHour.Length)])
            {
                sum += amount;
            }

            perDay[d] = sum;
        }
    }

    /// <summary>The daily service level Q(d) = served_d / need_d, and 1 on a day without need.</summary>
    /// <param name="needPerDay">Need per day, ≥ 0.</param>
    /// <param name="servedPerDay">Need met per day, 0 ≤ served ≤ need; same length.</param>
    /// <param name="serviceLevel">Receives Q(d) in [0, 1]; same length.</param>
    public static void Daily(ReadOnlySpan<double> needPerDay, ReadOnlySpan<double> servedPerDay, Span<double> serviceLevel)
    {
        if (servedPerDay.Length != needPerDay.Length || serviceLevel.Length != needPerDay.Length)
        {
            throw new ArgumentException("Need, served and service level must cover the same days.", nameof(serviceLevel));
        }

        for (var d = 0; d < needPerDay.Length; d++)
        {
            serviceLevel[d] = FillRate(needPerDay[d], servedPerDay[d]);
        }
    }

    /// <summary>
    /// Resilience loss L = Σ_d (1 − Q(d)) × (hours in day d) / 24, in days: Bruneau et al. (2003)'s
    /// ∫ (1 − Q(t)) dt with Q held constant over each day (a left Riemann sum with a one-day step; a
    /// final partial day counts for its share of a day).
    /// </summary>
    /// <param name="dailyServiceLevel">Q(d) for each day, in [0, 1].</param>
    /// <param name="horizonHours">The horizon in hours; the series must have <see cref="DayCount"/> of it days.</param>
    /// <returns>Days of lost service, in [0, horizon / 24]; 0 when service never fell.</returns>
    public static double ResilienceLossDays(ReadOnlySpan<double> dailyServiceLevel, int horizonHours) =>
        LossHours(dailyServiceLevel, horizonHours) / HoursPerDay;

    /// <summary>Resilience index 1 − L / horizon, with the loss L of <see cref="ResilienceLossDays"/> and the horizon in the same unit.</summary>
    /// <param name="dailyServiceLevel">Q(d) for each day, in [0, 1].</param>
    /// <param name="horizonHours">The horizon in hours, &gt; 0; the series must have <see cref="DayCount"/> of it days.</param>
    /// <returns>In [0, 1] (exactly, rounding included): 1 for uninterrupted service, 0 for none at all.</returns>
    public static double ResilienceIndex(ReadOnlySpan<double> dailyServiceLevel, int horizonHours)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizonHours);
        return 1 - (LossHours(dailyServiceLevel, horizonHours) / horizonHours);
    }

    /// <summary>
    /// Hours from onset to the first hour h ≥ onset in which anything was served (served_h &gt; 0),
    /// counted to the start of that hour: 0 when the onset hour itself was served.
    /// </summary>
    /// <param name="servedPerHour">Need met per hour.</param>
    /// <param name="onsetHour">The hour the hazard struck, 0 ≤ onset ≤ length.</param>
    /// <returns>Whole hours, or null when nothing was served from onset to the end of the horizon.</returns>
    public static int? TimeToFirstDeliveryHours(ReadOnlySpan<double> servedPerHour, int onsetHour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onsetHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(onsetHour, servedPerHour.Length);
        for (var h = onsetHour; h < servedPerHour.Length; h++)
        {
            if (servedPerHour[h] > 0)
            {
                return h - onsetHour;
            }
        }

        return null;
    }

    /// <summary>
    /// Hours from onset to the start of the first window of <see cref="RecoveryWindowHours"/>
    /// consecutive hours, all at or after onset, in each of which served_h ≥ 0.95 × need_h (the
    /// hourly service level is at least <see cref="RecoveryThreshold"/>; an hour without need counts
    /// as served). 0 when service never fell below the threshold for the first 24 hours after onset.
    /// </summary>
    /// <param name="needPerHour">Need per hour.</param>
    /// <param name="servedPerHour">Need met per hour; same length.</param>
    /// <param name="onsetHour">The hour the hazard struck, 0 ≤ onset ≤ length.</param>
    /// <returns>
    /// Whole hours, or null when no full window fits before the horizon ends (a window cut short by
    /// the end of the run does not count: recovery was not observed).
    /// </returns>
    public static int? TimeToRecoverHours(ReadOnlySpan<double> needPerHour, ReadOnlySpan<double> servedPerHour, int onsetHour)
    {
        if (servedPerHour.Length != needPerHour.Length)
        {
            throw new ArgumentException("Need and served must cover the same hours.", nameof(servedPerHour));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(onsetHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(onsetHour, needPerHour.Length);
        var runStart = onsetHour;
        for (var h = onsetHour; h < needPerHour.Length; h++)
        {
            if (servedPerHour[h] < RecoveryThreshold * needPerHour[h])
            {
                runStart = h + 1;
            }
            else if (h + 1 - runStart == RecoveryWindowHours)
            {
                return runStart - onsetHour;
            }
        }

        return null;
    }

    // Σ_d (1 − Q(d)) × hours_d: each term is at most hours_d and the hours are whole, so by monotone
    // rounding the sum never exceeds the horizon and the index never drops below 0.
    private static double LossHours(ReadOnlySpan<double> dailyServiceLevel, int horizonHours)
    {
        RequireDayLength(horizonHours, dailyServiceLevel.Length, nameof(dailyServiceLevel));
        var loss = 0.0;
        for (var d = 0; d < dailyServiceLevel.Length; d++)
        {
            loss += (1 - dailyServiceLevel[d]) * Math.Min(HoursPerDay, horizonHours - (d * HoursPerDay));
        }

        return loss;
    }

    private static void RequireDayLength(int hours, int days, string paramName)
    {
        if (days != DayCount(hours))
        {
            throw new ArgumentException($"{hours} hours span {DayCount(hours)} days, not {days}.", paramName);
        }
    }
}
