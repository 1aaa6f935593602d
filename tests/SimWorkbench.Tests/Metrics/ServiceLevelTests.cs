using CsCheck;
using SimWorkbench.Metrics;

namespace SimWorkbench.Tests.Metrics;

public sealed class ServiceLevelTests
{
    [Fact]
    public void Fill_rate_is_one_without_need()
    {
        ServiceLevel.FillRate(0, 0).ShouldBe(1);
        ServiceLevel.FillRate(8, 2).ShouldBe(0.25);
    }

    [Fact]
    public void A_horizon_spans_whole_days_and_a_partial_last_one()
    {
        ServiceLevel.DayCount(48).ShouldBe(2);
        ServiceLevel.DayCount(49).ShouldBe(3);
        ServiceLevel.DayCount(1).ShouldBe(1);
    }

    [Fact]
    public void Daily_service_level_is_the_days_served_over_need_and_one_on_a_day_without_need()
    {
        // Day 0: need 24 × 10, served 12 × 10 → 0.5. Day 1: no need → 1. Day 2 (6 h): need 60, served 45 → 0.75.
        var need = Hourly.Runs((24, 10), (24, 0), (6, 10));
        var served = Hourly.Runs((12, 10), (12, 0), (24, 0), (6, 7.5));
        var needPerDay = new double[3];
        var servedPerDay = new double[3];
        var q = new double[3];

        ServiceLevel.SumByDay(need, needPerDay);
        ServiceLevel.SumByDay(served, servedPerDay);
        ServiceLevel.Daily(needPerDay, servedPerDay, q);

        needPerDay.ShouldBe([240, 0, 60]);
        q.ShouldBe([0.5, 1, 0.75]);
    }

    [Fact]
    public void A_step_drop_and_recovery_loses_its_rectangle_exactly()
    {
        // Q = 0.4 for 3 days of a 10-day horizon, 1 otherwise: L = 3 × (1 − 0.4) = 1.8 days, index 1 − 1.8/10.
        double[] q = [1, 0.4, 0.4, 0.4, 1, 1, 1, 1, 1, 1];

        var loss = ServiceLevel.ResilienceLossDays(q, 240);

        loss.ShouldBe(1.8, 1e-15);
        ServiceLevel.ResilienceIndex(q, 240).ShouldBe(0.82, 1e-15);
    }

    [Fact]
    public void A_linear_recovery_is_summed_day_by_day_with_half_a_day_more_than_the_continuous_triangle()
    {
        // Q(d) = d/4 for d = 0..3, then 1: Σ (1 − d/4) = 1 + 0.75 + 0.5 + 0.25 = 2.5 days, whereas the
        // continuous triangle of a 4-day linear recovery has area 4 × 1 / 2 = 2: a left Riemann sum with
        // a one-day step counts each day at its starting level.
        double[] q = [0, 0.25, 0.5, 0.75, 1, 1];

        ServiceLevel.ResilienceLossDays(q, 144).ShouldBe(2.5);
    }

    [Fact]
    public void A_partial_last_day_counts_for_its_share_of_a_day()
    {
        // 36 h: day 0 fully served, the 12 h of day 1 not at all: L = 12/24 = 0.5 day of a 1.5-day horizon.
        double[] q = [1, 0];

        var loss = ServiceLevel.ResilienceLossDays(q, 36);

        loss.ShouldBe(0.5);
        ServiceLevel.ResilienceIndex(q, 36).ShouldBe(1 - (0.5 / 1.5), 1e-15);
    }

    [Fact]
    public void First_delivery_is_counted_from_onset_to_the_start_of_the_first_served_hour()
    {
        // Served before onset (hour 1) does not count; after onset at hour 5, the first served hour is 12.
        var served = Hourly.Runs((1, 0), (1, 3), (10, 0), (4, 2));

        ServiceLevel.TimeToFirstDeliveryHours(served, 5).ShouldBe(7);
        ServiceLevel.TimeToFirstDeliveryHours(served, 12).ShouldBe(0);
    }

    [Fact]
    public void First_delivery_is_null_when_nothing_is_served_after_onset()
    {
        var served = Hourly.Runs((3, 1), (5, 0));

        ServiceLevel.TimeToFirstDeliveryHours(served, 3).ShouldBeNull();
    }

    [Fact]
    public void Recovery_starts_the_first_24_hours_in_a_row_at_or_above_95_percent()
    {
        // Onset at 10: 0 served until 30, 24 h at 95% (19 of 20, exactly the threshold), then a dip, then full.
        // The window [30, 54) qualifies: recovery 30 − 10 = 20 h after onset.
        var need = Hourly.Constant(100, 20);
        var served = Hourly.Runs((30, 0), (24, 19), (1, 0), (45, 20));

        ServiceLevel.TimeToRecoverHours(need, served, 10).ShouldBe(20);
    }

    [Fact]
    public void A_dip_before_the_window_fills_restarts_it()
    {
        // Full from onset except hour 23 (18.9 of 20 < 95%): the window restarts at 24.
        var need = Hourly.Constant(60, 20);
        var served = Hourly.Runs((23, 20), (1, 18.9), (36, 20));

        ServiceLevel.TimeToRecoverHours(need, served, 0).ShouldBe(24);
    }

    [Fact]
    public void Recovery_is_null_when_the_horizon_ends_before_a_full_window()
    {
        // Nothing served for the first 30 of 48 hours: only 18 good hours remain.
        var need = Hourly.Constant(48, 5);
        var served = Hourly.Runs((30, 0), (18, 5));

        ServiceLevel.TimeToRecoverHours(need, served, 0).ShouldBeNull();
    }

    [Fact]
    public void A_window_ending_exactly_at_the_horizon_counts()
    {
        var need = Hourly.Constant(48, 5);
        var served = Hourly.Runs((24, 0), (24, 5));

        ServiceLevel.TimeToRecoverHours(need, served, 0).ShouldBe(24);
    }

    [Fact]
    public void Hours_without_need_count_as_served_for_recovery()
    {
        var need = Hourly.Runs((12, 0), (12, 4));
        var served = Hourly.Runs((12, 0), (12, 4));

        ServiceLevel.TimeToRecoverHours(need, served, 0).ShouldBe(0);
    }

    [Fact]
    public void No_service_at_all_gives_an_index_of_exactly_zero()
    {
        ServiceLevel.ResilienceIndex([0, 0, 0], 53).ShouldBe(0);
    }

    [Fact]
    public void Resilience_index_lies_between_zero_and_one()
    {
        Gen.Int[1, 200].SelectMany(hours => Gen.Double[0, 1].Array[ServiceLevel.DayCount(hours)].Select(q => (hours, q)))
            .Sample(c =>
            {
                ServiceLevel.ResilienceIndex(c.q, c.hours).ShouldBeInRange(0, 1);
                ServiceLevel.ResilienceLossDays(c.q, c.hours).ShouldBeInRange(0, c.hours / 24.0);
            });
    }
}
