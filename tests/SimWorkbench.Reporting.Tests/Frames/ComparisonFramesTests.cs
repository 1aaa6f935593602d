using Microsoft.Data.Analysis;
using SimWorkbench.Reporting.Frames;

namespace SimWorkbench.Reporting.Tests.Frames;

public sealed class ComparisonFramesTests
{
    private static readonly int Metrics = SmallComparison.Result.Metrics.Count; // 15 for water + 9 run-wide

    [Fact]
    public void The_summary_has_a_row_per_metric_and_strategy()
    {
        var frame = SmallComparison.Result.SummaryFrame();

        Metrics.ShouldBe(24);
        frame.Rows.Count.ShouldBe(Metrics * 2);
        Names(frame).ShouldBe(["metric", "unit", "direction", "headline", "strategy", "n", "missing", "mean", "ci_lower", "ci_upper", "p5", "p50", "p95", "best"]);
        var fill = Row(frame, "water.fill_rate", "distributed");
        frame["n"][fill].ShouldBe(SmallComparison.Replications);
        frame["mean"][fill].ShouldBe(1.0); // all need met from the town's own stock
        frame["headline"][fill].ShouldBe(true);
    }

    [Fact]
    public void The_replication_frame_has_a_row_per_run_and_a_column_per_metric()
    {
        var result = SmallComparison.Result;
        var frame = result.ReplicationFrame();

        frame.Rows.Count.ShouldBe(2 * SmallComparison.Replications);
        frame.Columns.Count.ShouldBe(3 + Metrics);
        Names(frame).Take(3).ShouldBe(["strategy", "replication", "seed"]);
        Names(frame).Skip(3).ShouldBe(result.Metrics.Select(m => m.Key));
        for (var r = 0; r < SmallComparison.Replications; r++)
        {
            frame["strategy"][r].ShouldBe("centralised");
            frame["replication"][r].ShouldBe(r);
            frame["water.served"][r].ShouldBe(result.Metrics.Single(m => m.Key == "water.served").ValueOf(result.Runs[0][r]));
        }
    }

    [Fact]
    public void The_difference_frame_has_a_row_per_metric_and_pair()
    {
        var frame = SmallComparison.Result.DifferenceFrame();

        frame.Rows.Count.ShouldBe(Metrics); // one pair: centralised − distributed
        Names(frame).ShouldBe(["metric", "unit", "headline", "first", "second", "n", "mean_difference", "ci_lower", "ci_upper", "excludes_zero", "better"]);
        frame["first"][0].ShouldBe("centralised");
        frame["second"][0].ShouldBe("distributed");
    }

    [Fact]
    public void The_service_level_frame_has_a_row_per_strategy_commodity_and_day()
    {
        var frame = SmallComparison.Result.ServiceLevelFrame();

        frame.Rows.Count.ShouldBe(2 * 1 * 2); // 2 strategies, 1 commodity, 2 days
        Names(frame).ShouldBe(["strategy", "commodity", "day", "mean", "ci_lower", "ci_upper", "p5", "p50", "p95"]);
        frame["day"][1].ShouldBe(1);
        frame["mean"][3].ShouldBe(1.0); // distributed, day 1: all need met
    }

    [Fact]
    public void The_city_frame_has_a_row_per_strategy_replication_commodity_and_city()
    {
        var frame = SmallComparison.Result.CityFrame();

        frame.Rows.Count.ShouldBe(2 * SmallComparison.Replications * 1 * 1);
        Names(frame).ShouldBe(["strategy", "replication", "commodity", "city", "population", "fill_rate", "unmet_person_days", "resilience_index",
            "time_to_first_delivery", "time_to_recover", "longest_deprivation", "deprivation_cost"]);
        frame["city"][0].ShouldBe("town");
        frame["population"][0].ShouldBe(1000.0);
    }

    internal static IEnumerable<string> Names(DataFrame frame) => frame.Columns.Select(c => c.Name);

    internal static long Row(DataFrame frame, string metric, string strategy)
    {
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            if ((string)frame["metric"][r] == metric && (string)frame["strategy"][r] == strategy)
            {
                return r;
            }
        }

        throw new InvalidOperationException($"No row for {metric} and {strategy}.");
    }
}
