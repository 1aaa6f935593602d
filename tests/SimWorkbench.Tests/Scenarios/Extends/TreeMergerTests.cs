using SimWorkbench.Network;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Tests.Scenarios.Extends;

/// <summary>What-ifs laid over the corpus's minimal base: maps merge by key, id lists by id, other lists replace.</summary>
public sealed class TreeMergerTests
{
    private static readonly string Base = Path.Combine(RepositoryFiles.InvalidCorpus, "bases", "minimal.yaml");
    private static readonly ScenarioLoadOptions Options = new() { Root = RepositoryFiles.InvalidCorpus };

    [Fact]
    public void An_item_merges_into_the_base_item_with_its_id_key_by_key()
    {
        var scenario = WhatIf("cities:\n  - { id: beta, population: 2500 }\n");

        var beta = scenario.Network.Cities.Single(c => c.Id.Value == "beta");
        beta.Population.ShouldBe(2500);
        beta.Location.Latitude.ShouldBe(10.1);   // from the base
        scenario.Network.Cities.Count.ShouldBe(2);
    }

    [Fact]
    public void A_new_id_is_appended_and_remove_deletes()
    {
        var scenario = WhatIf(
            "cities:\n  - { id: gamma, location: { lat: 10.2, lon: 20.2 }, population: 10 }\n" +
            "links:\n  - { id: road-ag, from: alpha, to: gamma, mode: road, length: 3 km, repair_time: 1d }\n" +
            "hazards:\n  - { id: quake, remove: true }\n");

        scenario.Network.Cities.Select(c => c.Id.Value).ShouldBe(["alpha", "beta", "gamma"]);
        scenario.Hazards.ShouldBeEmpty();
    }

    [Fact]
    public void A_list_without_ids_replaces_the_base_list()
    {
        var scenario = WhatIf("strategies:\n  - { id: central, fleets: [] }\n  - { id: local, fleets: [] }\n");

        scenario.Strategies.ShouldAllBe(s => s.Fleets.Count == 0);
    }

    [Fact]
    public void Diagnostics_in_the_base_point_into_the_base_file()
    {
        var result = ScenarioLoader.Parse("extends: bases/minimal.yaml\ncities:\n  - { id: beta, population: nine }\n",
            Path.Combine(RepositoryFiles.InvalidCorpus, "what-if.yaml"), Options);

        result.Errors.Single().Code.ShouldBe(DiagnosticCodes.WrongType);
        result.Errors.Single().Location.Line.ShouldBe(3);
        result.Errors.Single().Location.Path.ShouldEndWith("what-if.yaml");
    }

    [Fact]
    public void A_link_can_start_closed()
    {
        WhatIf("links:\n  - { id: road-ab, state: closed }\n").Network.Links.Single().InitialState.ShouldBe(LinkState.Closed);
    }

    private static Scenario WhatIf(string overlay)
    {
        var result = ScenarioLoader.Parse("extends: bases/minimal.yaml\n" + overlay, Path.Combine(RepositoryFiles.InvalidCorpus, "what-if.yaml"), Options);
        result.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, result.Diagnostics));
        return result.Scenario!;
    }
}
