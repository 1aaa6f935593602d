using SimWorkbench.Metrics;

namespace SimWorkbench.Tests.Metrics;

public sealed class CitySeriesTests
{
    [Fact]
    public void Keeps_its_own_copy_of_the_series()
    {
        var need = Hourly.Constant(3, 10);
        var served = Hourly.Constant(3, 5);
        var series = new CitySeries("a", 100, 0, need, served);

        need[0] = 99;
        served[0] = 0;

        series.NeedPerHour[0].ShouldBe(10);
        series.ServedPerHour[0].ShouldBe(5);
        series.HorizonHours.ShouldBe(3);
    }

    [Fact]
    public void Rejects_served_above_need()
    {
        Should.Throw<ArgumentException>(() => new CitySeries("a", 100, 0, [10, 10], [10, 10.5]))
            .Message.ShouldContain("hour 1");
    }

    [Fact]
    public void Rejects_negative_or_non_finite_amounts()
    {
        Should.Throw<ArgumentException>(() => new CitySeries("a", 100, 0, [-1], [0]));
        Should.Throw<ArgumentException>(() => new CitySeries("a", 100, 0, [double.PositiveInfinity], [0]));
        Should.Throw<ArgumentException>(() => new CitySeries("a", 100, 0, [1], [-0.5]));
        Should.Throw<ArgumentException>(() => new CitySeries("a", 100, 0, [1], [double.NaN]));
    }

    [Fact]
    public void Rejects_series_of_different_lengths_or_none()
    {
        Should.Throw<ArgumentException>(() => new CitySeries("a", 100, 0, [1, 1], [1]));
        Should.Throw<ArgumentException>(() => new CitySeries("a", 100, 0, [], []));
    }

    [Fact]
    public void Rejects_an_onset_outside_the_horizon()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new CitySeries("a", 100, 2, [1, 1], [1, 1]));
        Should.Throw<ArgumentOutOfRangeException>(() => new CitySeries("a", 100, -1, [1, 1], [1, 1]));
    }

    [Fact]
    public void Rejects_a_city_without_people_or_id_and_a_non_positive_minimum()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new CitySeries("a", 0, 0, [1], [1]));
        Should.Throw<ArgumentException>(() => new CitySeries("", 100, 0, [1], [1]));
        Should.Throw<ArgumentOutOfRangeException>(() => new CitySeries("a", 100, 0, [1], [1], minimumPerPersonPerDay: 0));
    }
}
