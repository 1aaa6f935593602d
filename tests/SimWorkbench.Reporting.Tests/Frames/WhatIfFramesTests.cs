using SimWorkbench.Reporting.Frames;

namespace SimWorkbench.Reporting.Tests.Frames;

public sealed class WhatIfFramesTests
{
    [Fact]
    public void The_difference_frame_has_a_row_per_metric_and_strategy_with_the_verdict()
    {
        var frame = SmallComparison.WhatIf.DifferenceFrame();

        frame.Rows.Count.ShouldBe(24 * 2); // 15 metrics for water + 9 run-wide, 2 strategies
        ComparisonFramesTests.Names(frame).ShouldBe(["metric", "unit", "direction", "headline", "strategy", "baseline_mean", "what_if_mean",
            "n", "mean_difference", "ci_lower", "ci_upper", "change"]);
        // With the road closed the centralised town has its own 4,000 L of 30,000 L needed.
        var fill = ComparisonFramesTests.Row(frame, "water.fill_rate", "centralised");
        frame["baseline_mean"][fill].ShouldBe(1.0);
        ((double)frame["what_if_mean"][fill]!).ShouldBe(4_000.0 / 30_000, tolerance: 1e-9);
        frame["change"][fill].ShouldBe("worse");
        frame["change"][ComparisonFramesTests.Row(frame, "water.fill_rate", "distributed")].ShouldBe("unclear"); // it never used the road
    }

    [Fact]
    public void The_service_level_frame_stacks_both_scenarios()
    {
        var frame = SmallComparison.WhatIf.ServiceLevelFrame();

        frame.Rows.Count.ShouldBe(2 * (2 * 1 * 2));
        ComparisonFramesTests.Names(frame).First().ShouldBe("scenario");
        frame["scenario"][0].ShouldBe(WhatIfFrames.BaselineLabel);
        frame["scenario"][frame.Rows.Count - 1].ShouldBe(WhatIfFrames.VariantLabel);
    }

    [Fact]
    public void The_city_change_frame_shows_where_the_what_if_hits()
    {
        var frame = SmallComparison.WhatIf.CityChangeFrame();

        frame.Rows.Count.ShouldBe(2 * 1 * 1); // strategies × commodities × cities
        ComparisonFramesTests.Names(frame).ShouldBe(["strategy", "commodity", "city", "population", "baseline_fill_rate", "what_if_fill_rate",
            "fill_rate_change", "baseline_unmet_person_days", "what_if_unmet_person_days", "unmet_person_days_change"]);
        ((double)frame["fill_rate_change"][0]!).ShouldBe((4_000.0 / 30_000) - 1, tolerance: 1e-9);
        // 26,000 L unmet at 15 L per person-day: 1,733.3 person-days.
        ((double)frame["unmet_person_days_change"][0]!).ShouldBe(26_000.0 / 15, tolerance: 1e-6);
        frame["fill_rate_change"][1].ShouldBe(0.0);
    }
}
