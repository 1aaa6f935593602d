using Plotly.NET;
using SimWorkbench.Reporting.Charts;

namespace SimWorkbench.Reporting.Tests.Charts;

public sealed class WhatIfChartsTests
{
    [Fact]
    public void The_service_level_chart_draws_both_scenarios()
    {
        var html = GenericChart.toChartHTML(SmallComparison.WhatIf.ServiceLevelChart("centralised", "water"));

        html.ShouldContain("\"name\":\"baseline: Parity\"");
        html.ShouldContain("\"name\":\"what-if: Road closed\"");
    }

    [Fact]
    public void The_city_chart_has_a_bar_per_strategy_and_city()
    {
        var html = GenericChart.toChartHTML(SmallComparison.WhatIf.CityChangeChart("water"));

        html.ShouldContain("\"name\":\"centralised\"");
        html.ShouldContain("\"name\":\"distributed\"");
        html.ShouldContain("\"x\":[\"town\"]");
    }

    [Fact]
    public void Unknown_strategies_and_commodities_are_refused()
    {
        Should.Throw<ArgumentException>(() => SmallComparison.WhatIf.ServiceLevelChart("central", "water")).ParamName.ShouldBe("strategy");
        Should.Throw<ArgumentException>(() => SmallComparison.WhatIf.ServiceLevelChart("centralised", "food")).ParamName.ShouldBe("commodity");
        Should.Throw<ArgumentException>(() => SmallComparison.WhatIf.CityChangeChart("food")).ParamName.ShouldBe("commodity");
    }
}
