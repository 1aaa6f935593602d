using SimWorkbench.Metrics.Statistics;
using SimWorkbench.Reporting.Reports;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Tests.Reports;

public sealed class ComparisonSummaryTests(MetroComparison metro) : IClassFixture<MetroComparison>
{
    /// <summary>The comparison with one metric's values replaced: strategy 0 (centralised) and 1 (distributed), one value per replication.</summary>
    private (ComparisonResult Result, int Metric) With(string key, double[] centralised, double[] distributed)
    {
        var result = metro.Result;
        var m = result.Metrics.Select((x, i) => (x, i)).Single(p => p.x.Key == key).i;
        var metric = result.Metrics[m];
        var summaries = result.Summaries.ToArray();
        summaries[m] = [new MetricSummary(metric, 0, Summary.Of(centralised), 0), new MetricSummary(metric, 1, Summary.Of(distributed), 0)];
        var differences = result.Differences.ToArray();
        differences[m] = [new MetricDifference(metric, 0, 1, PairedDifference.Of(centralised, distributed))];
        return (result with { Summaries = summaries, Differences = differences }, m);
    }

    [Fact]
    public void A_difference_whose_interval_excludes_zero_is_reported_with_its_interval()
    {
        // Every replication: centralised 0.1 above distributed, so the mean difference is 0.1 with no
        // spread and its 95% interval is [0.1, 0.1].
        var (result, m) = With("water.fill_rate", [0.9, 0.8, 0.7], [0.8, 0.7, 0.6]);

        var line = ComparisonSummary.Line(result, m);

        line.ShouldBe("Fill rate (water, fraction): centralised did better, 0.8 against 0.7 for distributed (higher is better); paired difference 0.1 (95% CI 0.1 to 0.1, 3 replications).");
    }

    [Fact]
    public void A_difference_whose_interval_includes_zero_is_said_not_to_settle_it()
    {
        // Differences 0.3, −0.1, 0.1: mean 0.1, sd 0.2, standard error 0.2/√3 = 0.1155; t(0.975, 2) = 4.303,
        // so the interval is 0.1 ± 0.4968 = [−0.3968, 0.5968], which holds zero.
        var (result, m) = With("water.fill_rate", [0.9, 0.8, 0.7], [0.6, 0.9, 0.6]);

        var line = ComparisonSummary.Line(result, m);

        line.ShouldStartWith("Fill rate (water, fraction): centralised did better, 0.8 against 0.7 for distributed");
        line.ShouldContain("95% CI of -0.3968 to 0.5968, which includes zero (3 replications): the replications do not settle it.");
        ComparisonSummary.DifferenceCell(result, m).ShouldBe("0.1 (-0.3968 to 0.5968), includes 0");
    }

    [Fact]
    public void When_lower_is_better_the_difference_is_the_better_strategy_minus_the_runner_up()
    {
        // Unmet need: distributed 5, 6, 7 against centralised 10, 12, 14; best − runner-up = −5, −6, −7:
        // mean −6, sd 1, interval −6 ± 4.303 × 1/√3 = −6 ± 2.484 = [−8.484, −3.516].
        var (result, m) = With("water.unmet_person_days", [10, 12, 14], [5, 6, 7]);

        var line = ComparisonSummary.Line(result, m);

        line.ShouldBe("Unmet person days (water, person-days): distributed did better, 6 against 12 for centralised (lower is better); paired difference -6 (95% CI -8.484 to -3.516, 3 replications).");
    }

    [Fact]
    public void When_every_strategy_has_the_same_mean_none_is_called_better()
    {
        var (result, m) = With("water.time_to_first_delivery", [6, 6, 6], [6, 6, 6]);

        ComparisonSummary.Line(result, m).ShouldBe("Time to first delivery (water, h): every strategy had the same mean, 6.");
        ComparisonSummary.DifferenceCell(result, m).ShouldBe("–");
    }
}
