using SimWorkbench.Metrics;

namespace SimWorkbench.Tests.Metrics;

public sealed class DaysOfCoverTests
{
    [Fact]
    public void Is_stock_over_minimum_daily_need()
    {
        // 7,500 L for 1,000 people at 3 L/person/day = 3,000 L/day: 2.5 days, the time a cut-off city survives.
        DaysOfCover.Of(7500, 3000).ShouldBe(2.5);
        DaysOfCover.Of(0, 3000).ShouldBe(0);
    }

    [Fact]
    public void Maps_a_stock_series_value_by_value()
    {
        double[] stock = [6000, 4500, 0];
        var cover = new double[3];

        DaysOfCover.Of(stock, 3000, cover);

        cover.ShouldBe([2, 1.5, 0]);
    }

    [Fact]
    public void Rejects_a_need_of_zero_a_negative_stock_and_a_destination_of_another_length()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => DaysOfCover.Of(10, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => DaysOfCover.Of(-1, 10));
        Should.Throw<ArgumentException>(() => DaysOfCover.Of([1, 2], 10, new double[1]));
    }
}
