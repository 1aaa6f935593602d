using System.Text.Json;
using SimWorkbench.Runs;

namespace SimWorkbench.Tests.Runs;

/// <summary>
/// Every example scenario, every strategy: the same seed gives the same run, bit for bit (need,
/// served, deliveries, kilometres, the hazard log and the ledger). Conservation is checked inside
/// every run (an unbalanced ledger throws), so these runs check it too.
/// </summary>
public sealed class ExampleDeterminismTests
{
    public static TheoryData<string> Examples => [.. RepositoryFiles.ExampleScenarios];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_strategy_of_every_example_repeats_exactly_with_the_same_seed(string file)
    {
        var scenario = TestScenarios.Example(file);
        foreach (var strategy in scenario.Strategies)
        {
            var first = SupplyRun.Run(scenario, strategy.Id, replication: 1);
            var second = SupplyRun.Run(scenario, strategy.Id, replication: 1);

            for (var city = 0; city < first.Cities.Count; city++)
            {
                for (var commodity = 0; commodity < first.Commodities.Count; commodity++)
                {
                    second.Need.Of(city, commodity).SequenceEqual(first.Need.Of(city, commodity)).ShouldBeTrue();
                    second.Served.Of(city, commodity).SequenceEqual(first.Served.Of(city, commodity)).ShouldBeTrue();
                }
            }

            second.Deliveries.ShouldBe(first.Deliveries);
            second.VehicleKilometres.ShouldBe(first.VehicleKilometres);
            // As JSON, so that the lists inside each record (elements reached, damaged) are compared too.
            JsonSerializer.Serialize(second.Hazards).ShouldBe(JsonSerializer.Serialize(first.Hazards));
            second.Ledger.ShouldBe(first.Ledger);
        }
    }
}
