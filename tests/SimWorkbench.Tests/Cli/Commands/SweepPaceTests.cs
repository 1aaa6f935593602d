using SimWorkbench.Cli.Commands;

namespace SimWorkbench.Tests.Cli.Commands;

public sealed class SweepPaceTests
{
    [Fact]
    public void A_resumed_sweep_counts_only_the_runs_of_this_invocation_toward_its_rate()
    {
        // 20 runs were done before; 10 more in 5 s is 2 runs/s, and the 70 left take 35 s.
        SweepPace.Describe(done: 30, total: 100, doneBefore: 20, seconds: 5).ShouldBe("30/100 runs, 2.0 runs/s, about 35 s left");
    }

    [Theory]
    // 10 runs in 10 s: 1 run/s; 990 s left is 16.5 min, shown as 17.
    [InlineData(10, 1_000, 10, "10/1,000 runs, 1.0 runs/s, about 17 min left")]
    // 1 run in 1 s; 9,999 s left is 2 h and 2,799 s (46.65 min, shown as 47).
    [InlineData(1, 10_000, 1, "1/10,000 runs, 1.0 runs/s, about 2 h 47 min left")]
    public void The_time_left_is_in_seconds_minutes_or_hours_and_minutes(long done, long total, double seconds, string expected)
    {
        SweepPace.Describe(done, total, doneBefore: 0, seconds).ShouldBe(expected);
    }

    [Fact]
    public void Before_its_first_run_ends_a_sweep_shows_its_count_alone()
    {
        SweepPace.Describe(done: 20, total: 100, doneBefore: 20, seconds: 3).ShouldBe("20/100 runs");
    }
}
