using SimWorkbench.Runs;

namespace SimWorkbench.Tests.Runs;

/// <summary>
/// A comparison's worker reuses its hourly arrays and delivery list from one run to the next
/// (<see cref="RunBuffers"/>): nothing a run leaves in them may reach the next one.
/// </summary>
public sealed class RunBuffersTests
{
    public static TheoryData<string> Examples => [.. RepositoryFiles.ExampleScenarios];

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_run_on_buffers_another_run_used_equals_a_run_on_fresh_ones(string file)
    {
        var scenario = TestScenarios.Example(file);
        var buffers = new RunBuffers();
        var count = scenario.Strategies.Count;
        for (var s = 0; s < count; s++)
        {
            // Fill the buffers with another strategy's run first (the last one's, for the first).
            var strategy = scenario.Strategies[s];
            SupplyRun.RunReusing(scenario, scenario.Strategies[(s + count - 1) % count].Id, replication: 2, buffers);

            var fresh = SupplyRun.Run(scenario, strategy.Id, replication: 1);
            var reused = SupplyRun.RunReusing(scenario, strategy.Id, replication: 1, buffers);

            for (var city = 0; city < fresh.Cities.Count; city++)
            {
                for (var commodity = 0; commodity < fresh.Commodities.Count; commodity++)
                {
                    reused.Need.Of(city, commodity).SequenceEqual(fresh.Need.Of(city, commodity)).ShouldBeTrue();
                    reused.Served.Of(city, commodity).SequenceEqual(fresh.Served.Of(city, commodity)).ShouldBeTrue();
                }
            }

            reused.Deliveries.ShouldBe(fresh.Deliveries);
            reused.Ledger.ShouldBe(fresh.Ledger);
        }
    }

    [Fact]
    public void Buffers_come_back_cleared_and_sized_as_asked()
    {
        var buffers = new RunBuffers();
        var need = buffers.Need(6);
        need[3] = 42;
        buffers.Deliveries().Add(new Delivery(1, new("a"), new("water"), new(5)));

        buffers.Need(6).ShouldBeSameAs(need);
        need.ShouldAllBe(x => x == 0);
        buffers.Need(8).Length.ShouldBe(8);
        buffers.Deliveries().ShouldBeEmpty();
    }
}
