using SimWorkbench.Metrics;

namespace SimWorkbench.Tests.Metrics;

public sealed class CityMetricsTests
{
    // 1,000 people at 3 L/person/day need d = 3,000 L/day = 125 L/h. Cut off at onset (hour 0) with a
    // stock S = 7,500 L, they survive S/d = 2.5 days = 60 h; after that nothing is served.
    private const double Population = 1000;
    private const double MinimumPerPersonPerDay = 3;
    private const double NeedPerDay = Population * MinimumPerPersonPerDay;
    private const double Stock = 7500;

    private static CityMetrics CutOffCity(int horizonDays)
    {
        var hours = horizonDays * 24;
        var perHour = NeedPerDay / 24;
        var survivedHours = (int)(Stock / NeedPerDay * 24);
        var need = Hourly.Constant(hours, perHour);
        var served = Hourly.Runs((survivedHours, perHour), (hours - survivedHours, 0));
        return CityMetrics.Of(new CitySeries("cut-off", Population, 0, need, served, MinimumPerPersonPerDay), DeprivationCostFunction.HolguinVerasWater);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_cut_off_city_accrues_unmet_need_at_d_per_day_once_its_stock_is_gone(int horizonDays)
    {
        var city = CutOffCity(horizonDays);

        // Unmet = d × (T − S/d) and in person-days ÷ 3 L.
        var unmet = NeedPerDay * (horizonDays - (Stock / NeedPerDay));
        city.UnmetUnits.ShouldBe(unmet, 1e-9);
        city.UnmetPersonDays!.Value.ShouldBe(unmet / MinimumPerPersonPerDay, 1e-9);
        city.NeedUnits.ShouldBe(NeedPerDay * horizonDays, 1e-9);
        city.NeedPersonDays!.Value.ShouldBe(Population * horizonDays, 1e-9);
        city.FillRate.ShouldBe(2.5 / horizonDays, 1e-15);
    }

    [Fact]
    public void A_cut_off_city_shows_its_shortfall_in_every_metric()
    {
        var city = CutOffCity(5);

        // Days 0 and 1 served, day 2 half (12 of 24 h), days 3 and 4 not at all.
        city.DailyServiceLevel.ShouldBe([1, 1, 0.5, 0, 0], tolerance: 1e-15);
        city.ResilienceLossDays.ShouldBe(2.5, 1e-15);
        city.ResilienceIndex.ShouldBe(1 - (2.5 / 5), 1e-15);
        city.TimeToFirstDeliveryHours.ShouldBe(0);
        city.TimeToRecoverHours.ShouldBe(0);             // the first 24 h after onset were fully served
        city.LongestDeprivationHours.ShouldBe(120 - 60);

        // All 1,000 people go without for the last 60 h: 1,000 × DC(60).
        var cost = Population * (Math.Exp(1.5031 + (0.1172 * 60)) - Math.Exp(1.5031));
        city.DeprivationCost.ShouldBe(cost, cost * 1e-12);
    }

    [Fact]
    public void A_step_recovery_after_onset_gives_its_rectangle_and_its_times()
    {
        // Onset at hour 24; 40% served for 3 days, then everything, over 10 days.
        var need = Hourly.Constant(240, 10);
        var served = Hourly.Runs((24, 10), (72, 4), (144, 10));

        var city = CityMetrics.Of(new CitySeries("step", 500, 24, need, served), DeprivationCostFunction.HolguinVerasWater);

        city.ResilienceLossDays.ShouldBe(3 * 0.6, 1e-14);
        city.ResilienceIndex.ShouldBe(1 - (1.8 / 10), 1e-14);
        city.TimeToFirstDeliveryHours.ShouldBe(0);
        city.TimeToRecoverHours.ShouldBe(72);
        city.LongestDeprivationHours.ShouldBe(72);
        city.UnmetPersonDays.ShouldBeNull();             // no per-person minimum given
        city.FillRate.ShouldBe(((168 * 10) + (72 * 4)) / 2400.0, 1e-15);
    }
}
