using System.Collections.Immutable;

namespace SimWorkbench.Metrics;

/// <summary>
/// What one run recorded for one city and one commodity, hour by hour: the plain data every metric
/// in <see cref="CityMetrics"/> is computed from.
/// </summary>
/// <remarks>
/// Hour h is the interval [h, h + 1) hours from the start of the run; the horizon is the length of
/// the series. Amounts are in the commodity's own unit (litres, rations, kits) per hour slot.
/// <c>served</c> is the part of <c>need</c> that was met in that hour (consumption, not deliveries),
/// so 0 ≤ served ≤ need in every hour: unmet need is lost, not carried over. Equality is by
/// reference, because the type holds series.
/// </remarks>
public sealed class CitySeries
{
    /// <summary>Validates and copies the series (one copy of each; the caller's arrays stay theirs).</summary>
    /// <param name="cityId">The city's id; not empty.</param>
    /// <param name="population">People in the city, the weight of the city in overall metrics; &gt; 0.</param>
    /// <param name="onsetHour">The hour the hazard struck, 0 ≤ onset &lt; horizon.</param>
    /// <param name="needPerHour">Need in each hour, commodity units; finite and ≥ 0; at least one hour.</param>
    /// <param name="servedPerHour">Need met in each hour, commodity units; same length, 0 ≤ served ≤ need.</param>
    /// <param name="minimumPerPersonPerDay">
    /// The per-person minimum, commodity units per person per day (&gt; 0), used to express amounts in
    /// person-days; null when the commodity has none (e.g. need driven only by injuries).
    /// </param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public CitySeries(
        string cityId,
        double population,
        int onsetHour,
        ReadOnlySpan<double> needPerHour,
        ReadOnlySpan<double> servedPerHour,
        double? minimumPerPersonPerDay = null)
    {
        Validate(cityId, population, onsetHour, needPerHour, servedPerHour, minimumPerPersonPerDay);
        CityId = cityId;
        Population = population;
        OnsetHour = onsetHour;
        NeedPerHour = [.. needPerHour];
        ServedPerHour = [.. servedPerHour];
        MinimumPerPersonPerDay = minimumPerPersonPerDay;
    }

    /// <summary>The city's id.</summary>
    public string CityId { get; }

    /// <summary>People in the city (&gt; 0).</summary>
    public double Population { get; }

    /// <summary>The hour the hazard struck, counted from the start of the run.</summary>
    public int OnsetHour { get; }

    /// <summary>Need in each hour, commodity units.</summary>
    public ImmutableArray<double> NeedPerHour { get; }

    /// <summary>Need met in each hour, commodity units; never above that hour's need.</summary>
    public ImmutableArray<double> ServedPerHour { get; }

    /// <summary>The per-person minimum in commodity units per person per day, or null if none.</summary>
    public double? MinimumPerPersonPerDay { get; }

    /// <summary>The length of the series in hours.</summary>
    public int HorizonHours => NeedPerHour.Length;

    /// <summary>Checks a city's series by the rules of the constructor, without copying it.</summary>
    /// <exception cref="ArgumentException">An argument breaks the rules of the constructor.</exception>
    internal static void Validate(
        string cityId,
        double population,
        int onsetHour,
        ReadOnlySpan<double> needPerHour,
        ReadOnlySpan<double> servedPerHour,
        double? minimumPerPersonPerDay)
    {
        ArgumentException.ThrowIfNullOrEmpty(cityId);
        if (!(population > 0) || double.IsInfinity(population))
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "A city's population must be positive and finite.");
        }

        if (needPerHour.IsEmpty)
        {
            throw new ArgumentException("A series needs at least one hour.", nameof(needPerHour));
        }

        if (servedPerHour.Length != needPerHour.Length)
        {
            throw new ArgumentException(
                $"Served has {servedPerHour.Length} hours but need has {needPerHour.Length}; they must cover the same horizon.",
                nameof(servedPerHour));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(onsetHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(onsetHour, needPerHour.Length);
        if (minimumPerPersonPerDay is { } minimum && (!(minimum > 0) || double.IsInfinity(minimum)))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumPerPersonPerDay), minimum, "The per-person minimum must be positive and finite.");
        }

        for (var h = 0; h < needPerHour.Length; h++)
        {
            var need = needPerHour[h];
            var served = servedPerHour[h];
            if (!(need >= 0) || double.IsInfinity(need))
            {
                throw new ArgumentException($"Need in hour {h} is {need}; it must be finite and ≥ 0.", nameof(needPerHour));
            }

            if (!(served >= 0 && served <= need))
            {
                throw new ArgumentException($"Served in hour {h} is {served} against a need of {need}; it must lie in [0, need].", nameof(servedPerHour));
            }
        }
    }
}
