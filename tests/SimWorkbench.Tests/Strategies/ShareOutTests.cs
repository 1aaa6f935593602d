using SimWorkbench.Strategies;

namespace SimWorkbench.Tests.Strategies;

public sealed class ShareOutTests
{
    private static double[] Share(AllocationRule rule, double[] requests, double[] priorities, double available)
    {
        var grants = new double[requests.Length];
        ShareOut.Allocate(rule, requests, priorities, available, grants);
        return grants;
    }

    [Theory]
    [InlineData(AllocationRule.Proportional)]
    [InlineData(AllocationRule.PriorityWeighted)]
    [InlineData(AllocationRule.FirstCome)]
    public void Every_request_is_granted_in_full_when_there_is_enough(AllocationRule rule)
    {
        Share(rule, [10, 20, 30], [1, 2, 1], available: 60).ShouldBe([10, 20, 30]);
    }

    [Fact]
    public void Proportional_shares_in_proportion_to_the_requests()
    {
        // 30 of 60 asked: each gets half.
        Share(AllocationRule.Proportional, [10, 20, 30], [1, 5, 1], available: 30).ShouldBe([5, 10, 15], tolerance: 1e-12);
    }

    [Fact]
    public void Priority_weighted_caps_a_request_and_shares_its_excess_among_the_others()
    {
        // Weights 10·1, 20·1, 10·4 = 10, 20, 40 (sum 70) over 35: 5, 10, 20, but the third asked
        // only 10: capped at 10, and the 10 left over is shared 10:20 between the first two, giving
        // 5 + 10/3 and 10 + 20/3.
        Share(AllocationRule.PriorityWeighted, [10, 20, 10], [1, 1, 4], available: 35)
            .ShouldBe([5 + (10.0 / 3), 10 + (20.0 / 3), 10], tolerance: 1e-12);
    }

    [Fact]
    public void First_come_serves_whole_requests_in_order_until_the_stock_runs_out()
    {
        Share(AllocationRule.FirstCome, [10, 20, 30], [1, 1, 1], available: 25).ShouldBe([10, 15, 0]);
    }
}
