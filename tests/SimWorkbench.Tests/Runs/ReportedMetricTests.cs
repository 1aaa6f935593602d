using SimWorkbench.Runs;

namespace SimWorkbench.Tests.Runs;

public sealed class ReportedMetricTests
{
    private static readonly IReadOnlyList<ReportedMetric> ThreeCommodities = ReportedMetric.For(["water", "food", "medical"], "EUR");

    [Fact]
    public void The_table_of_three_commodities_has_nineteen_headline_rows()
    {
        // 5 per commodity (fill rate, resilience index, time to first delivery, longest deprivation,
        // Gini) × 3, and 4 for the run (logistics, deprivation and social cost, vehicle-km).
        ThreeCommodities.Count(m => m.Headline).ShouldBe((5 * 3) + 4);
        ThreeCommodities.Where(m => m.Headline && m.Commodity == ReportedMetric.AllCommodities).Select(m => m.Name)
            .ShouldBe(["logistics_cost", "deprivation_cost", "social_cost", "vehicle_km"]);
    }

    [Fact]
    public void Every_cost_is_in_the_scenarios_currency_and_lower_is_better()
    {
        var costs = ThreeCommodities.Where(m => m.Name.EndsWith("_cost", StringComparison.Ordinal)).ToList();

        // 7 run-wide costs and each commodity's deprivation cost.
        costs.Count.ShouldBe(7 + 3);
        costs.ShouldAllBe(m => m.Unit == "EUR" && m.Direction == MetricDirection.LowerIsBetter);
        ThreeCommodities.Select(m => m.Key).ShouldBeUnique();
    }
}
