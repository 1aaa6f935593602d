using SimWorkbench.Metrics;

namespace SimWorkbench.Runs;

/// <summary>
/// One number a comparison reports for every run: a metric of one commodity over all cities (from
/// <see cref="OverallMetrics"/>), or of the whole run (commodity <see cref="AllCommodities"/>).
/// </summary>
public sealed class ReportedMetric
{
    /// <summary>The commodity column of run-wide metrics.</summary>
    public const string AllCommodities = "all";

    private readonly Func<RunMetrics, double?> _value;

    private ReportedMetric(string commodity, string name, string unit, MetricDirection direction, bool headline, Func<RunMetrics, double?> value)
    {
        Commodity = commodity;
        Name = name;
        Unit = unit;
        Direction = direction;
        Headline = headline;
        _value = value;
    }

    /// <summary>The commodity's id, or <see cref="AllCommodities"/> for a run-wide metric.</summary>
    public string Commodity { get; }

    /// <summary>The metric's name, snake_case, e.g. <c>fill_rate</c> (see scenarios/README.md for definitions).</summary>
    public string Name { get; }

    /// <summary>Its unit, e.g. <c>fraction</c>, <c>h</c>, <c>person-days</c>, <c>USD</c>, <c>km</c>.</summary>
    public string Unit { get; }

    /// <summary>Which way is better.</summary>
    public MetricDirection Direction { get; }

    /// <summary>Whether a summary table shows it (the rest are in the CSV files).</summary>
    public bool Headline { get; }

    /// <summary><c>commodity.name</c>, unique within a comparison.</summary>
    public string Key => Commodity + "." + Name;

    /// <summary>The metric's value in one run; null when it does not exist there (e.g. no city recovered).</summary>
    /// <param name="run">The run's metrics.</param>
    /// <returns>The value, or null.</returns>
    public double? ValueOf(RunMetrics run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return _value(run);
    }

    /// <summary>
    /// The metrics reported for a list of commodities, in a fixed order: for each commodity (in the
    /// order given) its overall metrics, then the run-wide ones, costs among them.
    /// </summary>
    /// <remarks>
    /// Headline (the command's table): per commodity fill rate, resilience index, time to first
    /// delivery, longest deprivation and Gini coefficient; run-wide logistics, deprivation and social
    /// cost and vehicle-km: 19 rows for three commodities. The rest are in the CSV files.
    /// </remarks>
    /// <param name="commodities">The commodity ids, in scenario order.</param>
    /// <param name="currency">The scenario's currency code, the unit of every cost.</param>
    /// <returns>The catalogue.</returns>
    public static IReadOnlyList<ReportedMetric> For(IReadOnlyList<string> commodities, string currency = "USD")
    {
        ArgumentNullException.ThrowIfNull(commodities);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        const MetricDirection Up = MetricDirection.HigherIsBetter;
        const MetricDirection Down = MetricDirection.LowerIsBetter;
        const MetricDirection None = MetricDirection.Neutral;
        var list = new List<ReportedMetric>();
        for (var c = 0; c < commodities.Count; c++)
        {
            var i = c;
            var id = commodities[c];
            list.Add(new(id, "need", "units", None, false, r => r.Overall[i].NeedUnits));
            list.Add(new(id, "served", "units", Up, false, r => r.Overall[i].ServedUnits));
            list.Add(new(id, "unmet", "units", Down, false, r => r.Overall[i].UnmetUnits));
            list.Add(new(id, "unmet_person_days", "person-days", Down, false, r => r.Overall[i].UnmetPersonDays));
            list.Add(new(id, "fill_rate", "fraction", Up, true, r => r.Overall[i].FillRate));
            list.Add(new(id, "resilience_loss", "days", Down, false, r => r.Overall[i].ResilienceLossDays));
            list.Add(new(id, "resilience_index", "fraction", Up, true, r => r.Overall[i].ResilienceIndex));
            list.Add(new(id, "time_to_first_delivery", "h", Down, true, r => r.Overall[i].TimeToFirstDeliveryHours));
            list.Add(new(id, "cities_never_delivered", "cities", Down, false, r => r.Overall[i].CitiesNeverDelivered));
            list.Add(new(id, "time_to_recover", "h", Down, false, r => r.Overall[i].TimeToRecoverHours));
            list.Add(new(id, "cities_not_recovered", "cities", Down, false, r => r.Overall[i].CitiesNotRecovered));
            list.Add(new(id, "longest_deprivation", "h", Down, true, r => r.Overall[i].LongestDeprivationHours));
            list.Add(new(id, "deprivation_cost", currency, Down, false, r => r.Overall[i].DeprivationCost));
            list.Add(new(id, "fill_rate_gini", "fraction", Down, true, r => r.Overall[i].FillRateGini));
            list.Add(new(id, "worst_city_fill_rate", "fraction", Up, false, r => r.Overall[i].WorstServed.FillRate));
        }

        list.Add(new(AllCommodities, "procurement_cost", currency, Down, false, r => r.Costs.Procurement));
        list.Add(new(AllCommodities, "holding_cost", currency, Down, false, r => r.Costs.Holding));
        list.Add(new(AllCommodities, "transport_cost", currency, Down, false, r => r.Costs.Transport));
        list.Add(new(AllCommodities, "stock_lost_cost", currency, Down, false, r => r.Costs.StockLost));
        list.Add(new(AllCommodities, "logistics_cost", currency, Down, true, r => r.Costs.Total));
        list.Add(new(AllCommodities, "deprivation_cost", currency, Down, true, r => r.DeprivationCost));
        list.Add(new(AllCommodities, "social_cost", currency, Down, true, r => r.SocialCost));
        list.Add(new(AllCommodities, "vehicle_km", "km", Down, true, r => r.VehicleKilometres));
        list.Add(new(AllCommodities, "deliveries", "loads", None, false, r => r.DeliveryCount));
        return list;
    }
}
