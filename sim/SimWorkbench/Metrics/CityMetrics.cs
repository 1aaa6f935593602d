using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace SimWorkbench.Metrics;

/// <summary>
/// Every resilience metric of one city for one commodity in one run, computed from its
/// <see cref="CitySeries"/>. Amounts are over the whole horizon; onset matters only to the two times.
/// </summary>
/// <remarks>Equality is by reference, because the type holds series.</remarks>
public sealed class CityMetrics
{
    private CityMetrics(
        string cityId,
        double population,
        int onsetHour,
        ReadOnlySpan<double> need,
        ReadOnlySpan<double> served,
        double? minimumPerPersonPerDay,
        ImmutableArray<double> needPerDay,
        ImmutableArray<double> servedPerDay,
        ImmutableArray<double> dailyServiceLevel,
        DeprivationCostFunction costFunction)
    {
        var totalNeed = 0.0;
        var totalServed = 0.0;
        var unmet = 0.0;
        for (var h = 0; h < need.Length; h++)
        {
            totalNeed += need[h];
            totalServed += served[h];
            unmet += need[h] - served[h]; // = max(0, need − served), since served ≤ need
        }

        CityId = cityId;
        Population = population;
        HorizonHours = need.Length;
        NeedUnits = totalNeed;
        ServedUnits = totalServed;
        UnmetUnits = unmet;
        MinimumPerPersonPerDay = minimumPerPersonPerDay;
        FillRate = ServiceLevel.FillRate(totalNeed, totalServed);
        NeedPerDay = needPerDay;
        ServedPerDay = servedPerDay;
        DailyServiceLevel = dailyServiceLevel;
        ResilienceLossDays = ServiceLevel.ResilienceLossDays(dailyServiceLevel.AsSpan(), HorizonHours);
        ResilienceIndex = ServiceLevel.ResilienceIndex(dailyServiceLevel.AsSpan(), HorizonHours);
        TimeToFirstDeliveryHours = ServiceLevel.TimeToFirstDeliveryHours(served, onsetHour);
        TimeToRecoverHours = ServiceLevel.TimeToRecoverHours(need, served, onsetHour);
        LongestDeprivationHours = Deprivation.LongestHours(need, served);
        DeprivationCost = Deprivation.Cost(need, served, population, costFunction);
    }

    /// <summary>The city's id.</summary>
    public string CityId { get; }

    /// <summary>People in the city.</summary>
    public double Population { get; }

    /// <summary>The horizon in hours.</summary>
    public int HorizonHours { get; }

    /// <summary>Σ need over the horizon, commodity units.</summary>
    public double NeedUnits { get; }

    /// <summary>Σ need met over the horizon, commodity units.</summary>
    public double ServedUnits { get; }

    /// <summary>Σ_h max(0, need_h − served_h), commodity units: need that went unmet, hour by hour.</summary>
    public double UnmetUnits { get; }

    /// <summary>The per-person minimum (commodity units per person per day) that person-days are counted in, or null.</summary>
    public double? MinimumPerPersonPerDay { get; }

    /// <summary>Need in person-days (need ÷ per-person daily minimum); null without a minimum.</summary>
    public double? NeedPersonDays => NeedUnits / MinimumPerPersonPerDay;

    /// <summary>Unmet need in person-days (unmet ÷ per-person daily minimum); null without a minimum.</summary>
    public double? UnmetPersonDays => UnmetUnits / MinimumPerPersonPerDay;

    /// <summary>Σ served / Σ need over the horizon, in [0, 1]; 1 when there was no need.</summary>
    public double FillRate { get; }

    /// <summary>Need per day (day d is hours [24d, 24d + 24); the last may be partial), commodity units.</summary>
    public ImmutableArray<double> NeedPerDay { get; }

    /// <summary>Need met per day, commodity units.</summary>
    public ImmutableArray<double> ServedPerDay { get; }

    /// <summary>Q(d) = served_d / need_d for each day, in [0, 1]; 1 on a day without need.</summary>
    public ImmutableArray<double> DailyServiceLevel { get; }

    /// <summary>Resilience loss Σ_d (1 − Q(d)) × day length, in days (Bruneau et al. 2003, daily steps).</summary>
    public double ResilienceLossDays { get; }

    /// <summary>Resilience index 1 − loss / horizon (both in days), in [0, 1].</summary>
    public double ResilienceIndex { get; }

    /// <summary>Hours from onset to the start of the first hour with anything served; null if none was.</summary>
    public int? TimeToFirstDeliveryHours { get; }

    /// <summary>
    /// Hours from onset to the start of the first 24 consecutive hours with service level ≥ 0.95;
    /// null if no such window ends within the horizon.
    /// </summary>
    public int? TimeToRecoverHours { get; }

    /// <summary>The most consecutive hours with served &lt; need.</summary>
    public int LongestDeprivationHours { get; }

    /// <summary>Deprivation cost of the whole horizon (see <see cref="Deprivation.Cost"/>), in the scenario's currency.</summary>
    public double DeprivationCost { get; }

    /// <summary>Computes every metric of one city's series.</summary>
    /// <param name="series">The city's hourly need and served.</param>
    /// <param name="costFunction">The commodity's deprivation cost per person.</param>
    /// <returns>The city's metrics.</returns>
    public static CityMetrics Of(CitySeries series, DeprivationCostFunction costFunction)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(costFunction);
        return Compute(series.CityId, series.Population, series.OnsetHour, series.NeedPerHour.AsSpan(), series.ServedPerHour.AsSpan(), series.MinimumPerPersonPerDay, costFunction);
    }

    /// <summary>
    /// Computes every metric of one city's series read in place (checked as <see cref="CitySeries"/>
    /// checks it, but not copied): how a run's metrics are taken straight from its hourly arrays.
    /// </summary>
    /// <exception cref="ArgumentException">The series breaks the rules of <see cref="CitySeries"/>.</exception>
    internal static CityMetrics Of(string cityId, double population, int onsetHour, ReadOnlySpan<double> needPerHour, ReadOnlySpan<double> servedPerHour, double? minimumPerPersonPerDay, DeprivationCostFunction costFunction)
    {
        ArgumentNullException.ThrowIfNull(costFunction);
        CitySeries.Validate(cityId, population, onsetHour, needPerHour, servedPerHour, minimumPerPersonPerDay);
        return Compute(cityId, population, onsetHour, needPerHour, servedPerHour, minimumPerPersonPerDay, costFunction);
    }

    private static CityMetrics Compute(string cityId, double population, int onsetHour, ReadOnlySpan<double> needPerHour, ReadOnlySpan<double> servedPerHour, double? minimumPerPersonPerDay, DeprivationCostFunction costFunction)
    {
        var days = ServiceLevel.DayCount(needPerHour.Length);
        var needPerDay = new double[days];
        var servedPerDay = new double[days];
        var serviceLevel = new double[days];
        ServiceLevel.SumByDay(needPerHour, needPerDay);
        ServiceLevel.SumByDay(servedPerHour, servedPerDay);
        ServiceLevel.Daily(needPerDay, servedPerDay, serviceLevel);
        return new CityMetrics(
            cityId,
            population,
            onsetHour,
            needPerHour,
            servedPerHour,
            minimumPerPersonPerDay,
            ImmutableCollectionsMarshal.AsImmutableArray(needPerDay),
            ImmutableCollectionsMarshal.AsImmutableArray(servedPerDay),
            ImmutableCollectionsMarshal.AsImmutableArray(serviceLevel),
            costFunction);
    }
}
