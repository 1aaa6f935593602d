using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace SimWorkbench.Metrics;

/// <summary>
/// The metrics of one commodity in one run over all cities: totals, need-weighted service levels,
/// population-weighted times, equity, and the worst-served city.
/// </summary>
/// <remarks>
/// Cities are taken in ordinal order of their ids, so the result is the same, bit for bit, however
/// the caller lists them. Weighting: amounts are summed; fill rate and Q(d) are ratios of sums, so
/// each city counts by its need (which is its population times its per-person need); the times are
/// population-weighted means; the longest deprivation is the maximum; the Gini coefficient weights
/// cities by population. Equality is by reference, because the type holds series.
/// </remarks>
public sealed class OverallMetrics
{
    private OverallMetrics(ImmutableArray<CityMetrics> cities)
    {
        Cities = cities;
        HorizonHours = cities[0].HorizonHours;
        var days = ServiceLevel.DayCount(HorizonHours);
        var needPerDay = new double[days];
        var servedPerDay = new double[days];
        var fillRates = new double[cities.Length];
        var populations = new double[cities.Length];
        double? needPersonDays = 0.0;
        double? unmetPersonDays = 0.0;
        var firstDelivery = new WeightedMean();
        var recovery = new WeightedMean();
        var worst = cities[0];
        for (var i = 0; i < cities.Length; i++)
        {
            var city = cities[i];
            Population += city.Population;
            NeedUnits += city.NeedUnits;
            ServedUnits += city.ServedUnits;
            UnmetUnits += city.UnmetUnits;
            needPersonDays += city.NeedPersonDays;     // null once any city has no per-person minimum
            unmetPersonDays += city.UnmetPersonDays;
            for (var d = 0; d < days; d++)
            {
                needPerDay[d] += city.NeedPerDay[d];
                servedPerDay[d] += city.ServedPerDay[d];
            }

            firstDelivery.Add(city.TimeToFirstDeliveryHours, city.Population);
            recovery.Add(city.TimeToRecoverHours, city.Population);
            LongestDeprivationHours = Math.Max(LongestDeprivationHours, city.LongestDeprivationHours);
            DeprivationCost += city.DeprivationCost;
            fillRates[i] = city.FillRate;
            populations[i] = city.Population;
            if (city.FillRate < worst.FillRate)
            {
                worst = city; // strictly lower: among equals the first in id order stays
            }
        }

        var serviceLevel = new double[days];
        ServiceLevel.Daily(needPerDay, servedPerDay, serviceLevel);
        NeedPersonDays = needPersonDays;
        UnmetPersonDays = unmetPersonDays;
        FillRate = ServiceLevel.FillRate(NeedUnits, ServedUnits);
        DailyServiceLevel = ImmutableCollectionsMarshal.AsImmutableArray(serviceLevel);
        ResilienceLossDays = ServiceLevel.ResilienceLossDays(serviceLevel, HorizonHours);
        ResilienceIndex = ServiceLevel.ResilienceIndex(serviceLevel, HorizonHours);
        TimeToFirstDeliveryHours = firstDelivery.Value;
        CitiesNeverDelivered = cities.Length - firstDelivery.Count;
        TimeToRecoverHours = recovery.Value;
        CitiesNotRecovered = cities.Length - recovery.Count;
        FillRateGini = Equity.Gini(fillRates, populations);
        WorstServed = worst;
    }

    /// <summary>The cities' own metrics, in ordinal order of their ids.</summary>
    public ImmutableArray<CityMetrics> Cities { get; }

    /// <summary>The horizon in hours, shared by every city.</summary>
    public int HorizonHours { get; }

    /// <summary>Σ population.</summary>
    public double Population { get; }

    /// <summary>Σ need, commodity units.</summary>
    public double NeedUnits { get; }

    /// <summary>Σ need met, commodity units.</summary>
    public double ServedUnits { get; }

    /// <summary>Σ unmet need, commodity units.</summary>
    public double UnmetUnits { get; }

    /// <summary>Σ need in person-days; null unless every city has a per-person minimum.</summary>
    public double? NeedPersonDays { get; }

    /// <summary>Σ unmet need in person-days; null unless every city has a per-person minimum.</summary>
    public double? UnmetPersonDays { get; }

    /// <summary>Σ served / Σ need over all cities and hours, in [0, 1]; 1 when there was no need.</summary>
    public double FillRate { get; }

    /// <summary>Q(d) = Σ_cities served_d / Σ_cities need_d for each day, in [0, 1]; 1 on a day without need.</summary>
    public ImmutableArray<double> DailyServiceLevel { get; }

    /// <summary>Resilience loss of the overall Q(d), in days (as <see cref="CityMetrics.ResilienceLossDays"/>).</summary>
    public double ResilienceLossDays { get; }

    /// <summary>Resilience index of the overall Q(d), 1 − loss / horizon, in [0, 1].</summary>
    public double ResilienceIndex { get; }

    /// <summary>Population-weighted mean of the cities' times to first delivery, in hours, over the cities that had one; null if none did.</summary>
    public double? TimeToFirstDeliveryHours { get; }

    /// <summary>Cities with nothing served from onset to the end of the horizon (left out of the mean above).</summary>
    public int CitiesNeverDelivered { get; }

    /// <summary>Population-weighted mean of the cities' times to recover, in hours, over the cities that recovered; null if none did.</summary>
    public double? TimeToRecoverHours { get; }

    /// <summary>Cities that did not recover within the horizon (left out of the mean above).</summary>
    public int CitiesNotRecovered { get; }

    /// <summary>The longest deprivation of any city, hours.</summary>
    public int LongestDeprivationHours { get; }

    /// <summary>Σ deprivation cost, in the scenario's currency.</summary>
    public double DeprivationCost { get; }

    /// <summary>Population-weighted Gini coefficient of the cities' fill rates (<see cref="Equity.Gini"/>), in [0, 1).</summary>
    public double FillRateGini { get; }

    /// <summary>The city with the lowest fill rate; among equals, the first in ordinal order of ids.</summary>
    public CityMetrics WorstServed { get; }

    /// <summary>Aggregates the metrics of every city of one commodity in one run.</summary>
    /// <param name="cities">The cities' metrics: at least one, distinct ids, one horizon.</param>
    /// <returns>The overall metrics.</returns>
    public static OverallMetrics Of(IEnumerable<CityMetrics> cities)
    {
        ArgumentNullException.ThrowIfNull(cities);
        var sorted = cities.ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("Overall metrics need at least one city.", nameof(cities));
        }

        Array.Sort(sorted, static (x, y) => string.CompareOrdinal(x.CityId, y.CityId));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].CityId == sorted[i - 1].CityId)
            {
                throw new ArgumentException($"City '{sorted[i].CityId}' appears twice.", nameof(cities));
            }

            if (sorted[i].HorizonHours != sorted[0].HorizonHours)
            {
                throw new ArgumentException($"City '{sorted[i].CityId}' has a horizon of {sorted[i].HorizonHours} h, city '{sorted[0].CityId}' of {sorted[0].HorizonHours} h.", nameof(cities));
            }
        }

        return new OverallMetrics(ImmutableCollectionsMarshal.AsImmutableArray(sorted));
    }

    /// <summary>A population-weighted mean of the values that exist.</summary>
    private struct WeightedMean
    {
        private double weightedSum;
        private double totalWeight;

        public int Count { get; private set; }

        public readonly double? Value => Count == 0 ? null : weightedSum / totalWeight;

        public void Add(int? value, double weight)
        {
            if (value is { } v)
            {
                weightedSum += v * weight;
                totalWeight += weight;
                Count++;
            }
        }
    }
}
