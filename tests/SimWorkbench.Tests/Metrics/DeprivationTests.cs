using SimWorkbench.Metrics;

namespace SimWorkbench.Tests.Metrics;

public sealed class DeprivationTests
{
    // DC(t) = e^(0 + t ln 2) − e^0 = 2^t − 1: whole numbers, easy to add up by hand.
    private static readonly DeprivationCostFunction Doubling = new(0, Math.Log(2));

    [Fact]
    public void Longest_deprivation_is_the_longest_run_of_hours_short_of_need()
    {
        // Short for 3 h, met 1 h, short for 5 h (one of them nearly met), met 2 h.
        var need = Hourly.Constant(11, 10);
        var served = Hourly.Runs((3, 0), (1, 10), (4, 2), (1, 9.999), (2, 10));

        Deprivation.LongestHours(need, served).ShouldBe(5);
    }

    [Fact]
    public void No_shortfall_means_no_deprivation_and_no_cost()
    {
        var need = Hourly.Runs((5, 10), (5, 0));
        var served = need;

        Deprivation.LongestHours(need, served).ShouldBe(0);
        Deprivation.Cost(need, served, 1000, DeprivationCostFunction.HolguinVerasWater).ShouldBe(0);
    }

    [Fact]
    public void A_spell_with_the_same_people_short_costs_them_the_function_at_its_length()
    {
        // Half served for 6 h: 400 of 800 people short throughout; then met; cost = 400 × DC(6) = 400 × 63.
        var need = Hourly.Constant(8, 10);
        var served = Hourly.Runs((6, 5), (2, 10));

        Deprivation.Cost(need, served, 800, Doubling).ShouldBe(400 * 63.0, 1e-9);
    }

    [Fact]
    public void Each_hour_charges_the_people_short_the_marginal_cost_of_the_running_spell()
    {
        // 100 people, need 10/h; served 5 then 0: 50 short in hour 1, 100 in hour 2.
        // 50 × (DC(1) − DC(0)) + 100 × (DC(2) − DC(1)) = 50 × 1 + 100 × 2 = 250.
        double[] need = [10, 10];
        double[] served = [5, 0];

        Deprivation.Cost(need, served, 100, Doubling).ShouldBe(250, 1e-12);
    }

    [Fact]
    public void A_met_hour_ends_the_spell_and_the_next_one_starts_afresh()
    {
        // Two 2-hour spells with 10 people short: 2 × 10 × DC(2) = 2 × 10 × 3 = 60 (not 10 × DC(5)).
        var need = Hourly.Constant(5, 1);
        var served = Hourly.Runs((2, 0), (1, 1), (2, 0));

        Deprivation.Cost(need, served, 10, Doubling).ShouldBe(60, 1e-12);
    }

    [Fact]
    public void A_flat_function_costs_nothing()
    {
        Deprivation.Cost([10, 10], [0, 0], 100, new DeprivationCostFunction(3, 0)).ShouldBe(0);
    }

    [Fact]
    public void A_spell_past_the_limit_costs_the_linear_extension_finitely()
    {
        // Doubling up to T = 3 h: DC(3) = 7; then the slope there, ln 2 × 2³ = 8 ln 2 per hour.
        // One person short for 5 h: DC(5) = 7 + 2 × 8 ln 2. For 800 h, 7 + 797 × 8 ln 2 (the
        // exponential alone would have overflowed after 1,024 doublings).
        var limited = new DeprivationCostFunction(0, Math.Log(2), limitHours: 3);

        Deprivation.Cost(Hourly.Constant(5, 1), Hourly.Constant(5, 0), 1, limited).ShouldBe(7 + (2 * 8 * Math.Log(2)), 1e-12);
        Deprivation.Cost(Hourly.Constant(800, 1), Hourly.Constant(800, 0), 1, limited).ShouldBe(7 + (797 * 8 * Math.Log(2)), 1e-9);
    }
}
