using SimWorkbench.Supply;

namespace SimWorkbench.Tests.Supply;

public sealed class IdIndexTests
{
    [Fact]
    public void Each_id_is_found_at_its_position_whether_or_not_it_is_the_same_string_instance()
    {
        var index = new IdIndex(["harbour", "old-town", "airport"]);

        index.TryFind("old-town", out var oldTown).ShouldBeTrue();
        index.TryFind(new string("old-town".AsSpan()), out var again).ShouldBeTrue();
        index.TryFind("airport", out var airport).ShouldBeTrue();
        index.TryFind("harbour", out var harbour).ShouldBeTrue();

        (oldTown, again, airport, harbour).ShouldBe((1, 1, 2, 0));
    }

    [Fact]
    public void An_unknown_or_missing_id_is_not_found_even_right_after_a_hit()
    {
        var index = new IdIndex(["harbour"]);
        index.TryFind("harbour", out _).ShouldBeTrue();

        index.TryFind("nowhere", out var unknown).ShouldBeFalse();
        index.TryFind(null, out var missing).ShouldBeFalse();

        (unknown, missing).ShouldBe((-1, -1));
    }

    [Fact]
    public void A_run_asked_for_a_city_it_does_not_have_says_which()
    {
        var scenario = TestScenarios.Example("metro-earthquake.yaml");
        var world = new SupplyWorld(scenario, scenario.Strategies[0], seed: 1, new SimWorkbench.Strategies.CentralisedAllocation());

        var error = Should.Throw<ArgumentException>(() => world.CityIndex(new SimWorkbench.Network.CityId("atlantis")));

        error.Message.ShouldContain("There is no city 'atlantis'");
    }
}
