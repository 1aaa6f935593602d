using SimWorkbench.Supply;

namespace SimWorkbench.Tests.Supply;

public sealed class FactorsInForceTests
{
    [Fact]
    public void With_no_factor_every_thing_goes_at_its_full_rate()
    {
        var factors = new FactorsInForce(3);

        factors.Least(0, 0).ShouldBe(1.0);
        factors.Least(2, 100).ShouldBe(1.0);
    }

    [Fact]
    public void The_least_factor_in_force_holds_until_it_lapses_then_the_next_least()
    {
        var factors = new FactorsInForce(2);
        factors.Add(0, 0.5, until: 10);
        factors.Add(0, 0.25, until: 5);
        factors.Add(1, 0.8, until: 20);

        factors.Least(0, 4.9).ShouldBe(0.25);
        factors.Least(0, 5).ShouldBe(0.5, "a factor ends at its end time");
        factors.Least(1, 5).ShouldBe(0.8);
        factors.Least(0, 10).ShouldBe(1.0);
        factors.Least(1, 19.99).ShouldBe(0.8);
        factors.Least(1, 20).ShouldBe(1.0);
    }

    [Fact]
    public void A_factor_added_after_others_lapsed_counts_only_for_its_own_thing()
    {
        var factors = new FactorsInForce(2);
        factors.Add(0, 0.5, until: 2);
        factors.Least(0, 3).ShouldBe(1.0);

        factors.Add(1, 0.3, until: 8);

        factors.Least(0, 3).ShouldBe(1.0);
        factors.Least(1, 3).ShouldBe(0.3);
    }

    [Fact]
    public void A_factor_whose_end_has_already_passed_never_counts()
    {
        var factors = new FactorsInForce(1);
        factors.Least(0, 10).ShouldBe(1.0);

        factors.Add(0, 0.1, until: 10);

        factors.Least(0, 10).ShouldBe(1.0);
    }
}
