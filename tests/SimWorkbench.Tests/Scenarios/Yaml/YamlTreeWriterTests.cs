using SimWorkbench.Scenarios;

namespace SimWorkbench.Tests.Scenarios.Yaml;

public sealed class YamlTreeWriterTests
{
    private static string WhatIf(string name) => Path.Combine(RepositoryFiles.Scenarios, "what-if", name);

    [Fact]
    public void A_scenario_that_extends_nothing_resolves_to_its_own_text()
    {
        var path = Path.Combine(RepositoryFiles.Scenarios, "metro-earthquake.yaml");

        var loaded = ScenarioLoader.Load(path);

        loaded.ResolvedText.ShouldBe(File.ReadAllText(path));
    }

    [Theory]
    [InlineData("bridge-down.yaml")]
    [InlineData("reserve-to-districts.yaml")]
    [InlineData("second-fleet.yaml")]
    public void A_what_if_resolves_to_one_file_that_loads_alone_to_the_same_scenario(string file)
    {
        var loaded = ScenarioLoader.Load(WhatIf(file), new ScenarioLoadOptions { Root = RepositoryFiles.Scenarios });
        var resolved = loaded.ResolvedText.ShouldNotBeNull();

        resolved.ShouldNotContain("extends:");
        var again = ScenarioLoader.Parse(resolved, Path.Combine(Path.GetTempPath(), "resolved.yaml"));

        again.Errors.ShouldBeEmpty();
        var (a, b) = (loaded.Scenario!, again.Scenario!);
        b.Name.ShouldBe(a.Name);
        b.Horizon.ShouldBe(a.Horizon);
        b.Seed.ShouldBe(a.Seed);
        b.Network.Links.Select(l => (l.Id, l.InitialState, l.RepairTime)).ShouldBe(a.Network.Links.Select(l => (l.Id, l.InitialState, l.RepairTime)));
        b.Network.Cities.Select(c => (c.Id, c.Population)).ShouldBe(a.Network.Cities.Select(c => (c.Id, c.Population)));
        b.Network.Fleets.Select(f => (f.Id, f.Vehicles)).ShouldBe(a.Network.Fleets.Select(f => (f.Id, f.Vehicles)));
        b.Strategies.Select(s => (s.Id, s.Kind, s.Fleets.Count)).ShouldBe(a.Strategies.Select(s => (s.Id, s.Kind, s.Fleets.Count)));
        b.Hazards.Select(h => h.Id).ShouldBe(a.Hazards.Select(h => h.Id));
        b.Cascades.Select(c => c.Id).ShouldBe(a.Cascades.Select(c => c.Id));

        // Extended by an empty what-if, the resolved file resolves to the same YAML: nothing is lost or reordered on the way.
        var folder = Directory.CreateTempSubdirectory("simwb-resolve-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "resolved.yaml"), resolved);
            File.WriteAllText(Path.Combine(folder, "empty.yaml"), "extends: resolved.yaml\n");
            var twice = ScenarioLoader.Load(Path.Combine(folder, "empty.yaml")).ResolvedText.ShouldNotBeNull();
            WithoutComments(twice).ShouldBe(WithoutComments(resolved));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string WithoutComments(string yaml) =>
        string.Join('\n', yaml.Split('\n').Where(l => !l.StartsWith('#')));

    [Fact]
    public void Quoted_values_stay_quoted_so_they_keep_their_meaning()
    {
        var folder = Directory.CreateTempSubdirectory("simwb-resolve-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "base.yaml"), File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "metro-earthquake.yaml")));
            var child = Path.Combine(folder, "child.yaml");
            File.WriteAllText(child, "extends: base.yaml\nname: \"Metro: 'quoted' # not a comment\"\n");

            var loaded = ScenarioLoader.Load(child);

            loaded.Scenario!.Name.ShouldBe("Metro: 'quoted' # not a comment");
            ScenarioLoader.Parse(loaded.ResolvedText!, child).Scenario!.Name.ShouldBe("Metro: 'quoted' # not a comment");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
