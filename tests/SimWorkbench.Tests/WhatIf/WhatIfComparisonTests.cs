using SimWorkbench.Metrics.Statistics;
using SimWorkbench.Quantities;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;
using SimWorkbench.Tests.Runs;
using SimWorkbench.WhatIf;

namespace SimWorkbench.Tests.WhatIf;

public sealed class WhatIfComparisonTests
{
    private static Scenario Parity() => ScenarioLoader.Parse(ComparisonTests.Parity, "parity.yaml").Scenario!;

    [Fact]
    public void A_what_if_that_changes_nothing_differs_by_exactly_zero()
    {
        // Same seed, same scenario: every run repeats exactly, so every paired difference is 0.
        var result = WhatIfComparison.Run(Parity(), Parity() with { Name = "Same" }, new ComparisonOptions { Replications = 2 });

        result.Differences.Count.ShouldBe(result.Baseline.Metrics.Count);
        foreach (var row in result.Differences)
        {
            row.Select(d => d.Strategy.Value).ShouldBe(["centralised", "distributed"]);
            foreach (var change in row)
            {
                change.Difference.ShouldNotBeNull();
                change.Difference.Count.ShouldBe(2);
                change.Difference.MeanDifference.ShouldBe(0);
                change.IsImprovement.ShouldBeNull();
            }
        }
    }

    [Fact]
    public void A_closed_road_shows_as_a_paired_loss_for_the_strategy_that_uses_it()
    {
        // The parity town's only road to the reserve, closed for longer than the 2-day horizon:
        // the centralised strategy keeps 4,000 L in town (6.4 h of its 625 L/h need) and nothing
        // more can arrive, so it serves 4,000 of 30,000 L where it served all 30,000 before. The
        // distributed strategy never uses the road and does not change.
        var baseline = Parity();
        var result = WhatIfComparison.Run(baseline, baseline.WithLinkClosed("road", reopensAfter: Duration.FromDays(5)), new ComparisonOptions { Replications = 2 });

        var served = result.Of("water.served", "centralised");
        served.Difference!.MeanDifference.ShouldBe(4_000 - 30_000, tolerance: 1e-6);
        served.IsImprovement.ShouldBe(false);
        result.Of("water.fill_rate", "centralised").Difference!.MeanDifference.ShouldBe((4_000.0 / 30_000) - 1, tolerance: 1e-9);
        result.Of("water.served", "distributed").Difference!.MeanDifference.ShouldBe(0);
    }

    [Fact]
    public void A_what_if_must_keep_the_horizon_commodities_and_strategies()
    {
        var baseline = Parity();

        Should.Throw<ArgumentException>(() => WhatIfComparison.Run(baseline, baseline with { Horizon = Duration.FromDays(1) }))
            .Message.ShouldContain("horizon");
        Should.Throw<ArgumentException>(() => WhatIfComparison.Run(baseline, baseline with { Strategies = [baseline.Strategies[0]] }))
            .Message.ShouldContain("no strategy 'distributed'");
        Should.Throw<ArgumentException>(() => WhatIfComparison.Run(baseline, baseline with { Commodities = [] }))
            .Message.ShouldContain("commodities");
    }

    [Theory]
    [InlineData("water.fill_rate", 1.0, true)]          // higher is better, and it rose
    [InlineData("water.fill_rate", -1.0, false)]
    [InlineData("water.unmet", 1.0, false)]             // lower is better, and it rose
    [InlineData("water.unmet", -1.0, true)]
    [InlineData("water.need", 1.0, null)]               // neutral
    public void A_change_is_an_improvement_when_its_interval_excludes_zero_in_the_better_direction(string key, double sign, bool? expected)
    {
        // Differences 2, 3, 4 (mean 3, s = 1, half-width t(0.975, 2) / √3 ≈ 2.48): the interval
        // [0.52, 5.48] excludes zero.
        var metric = ReportedMetric.For(["water"]).Single(m => m.Key == key);
        var difference = PairedDifference.Of([sign * 3, sign * 4, sign * 5], [sign, sign, sign]);

        new WhatIfDifference(metric, new StrategyId("s"), difference).IsImprovement.ShouldBe(expected);
    }

    [Fact]
    public void A_change_within_the_noise_is_no_verdict()
    {
        // Differences −1, 0, 1: mean 0, the interval straddles zero.
        var metric = ReportedMetric.For(["water"]).Single(m => m.Key == "water.fill_rate");
        var difference = PairedDifference.Of([0.0, 1, 2], [1.0, 1, 1]);

        new WhatIfDifference(metric, new StrategyId("s"), difference).IsImprovement.ShouldBeNull();
    }
}
