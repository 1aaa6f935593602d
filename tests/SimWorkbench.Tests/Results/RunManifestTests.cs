using SimWorkbench.Results;

namespace SimWorkbench.Tests.Results;

public sealed class RunManifestTests
{
    [Fact]
    public void The_scenario_hash_is_the_sha256_of_its_utf8_text()
    {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        RunManifest.HashOf("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Fact]
    public void A_manifest_reads_back_as_written()
    {
        var manifest = new RunManifest("Metro earthquake", RunManifest.HashOf("horizon: 90d"), 20260117, 200,
            ["centralised", "distributed"], "0.1.0", "simwb compare scenarios/metro-earthquake.yaml");

        var json = manifest.ToJson();
        var read = RunManifest.FromJson(json);

        json.ShouldContain("\"scenario_sha256\"");
        read.Scenario.ShouldBe(manifest.Scenario);
        read.ScenarioSha256.ShouldBe(manifest.ScenarioSha256);
        read.Seed.ShouldBe(manifest.Seed);
        read.Replications.ShouldBe(200);
        read.Strategies.ShouldBe(["centralised", "distributed"]);
        read.CommandLine.ShouldBe(manifest.CommandLine);
    }
}
