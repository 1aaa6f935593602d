using SimWorkbench.Kernel;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Sweeps;

namespace SimWorkbench.Tests.Sweeps;

/// <summary>Sweep files: parameters by path, designs, limits, and positioned errors.</summary>
public sealed class SweepLoaderTests : IDisposable
{
    private readonly SweepFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Examples => [.. RepositoryFiles.ExampleSweeps];

    [Fact]
    public void An_unknown_path_is_an_error_at_its_line_and_column_listing_the_nearest_valid_paths()
    {
        var path = _folder.Write("""
            scenario: base.yaml
            parameters:
              - path: fleets.truck.vehicles
                values: [5, 10]
            """);

        var result = SweepLoader.Load(path);

        result.IsValid.ShouldBeFalse();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(SweepDiagnosticCodes.UnknownParameterPath);
        error.Location.ShouldBe(new SourceLocation(path, 3, 11)); // line 3, after "  - path: "
        error.Message.ShouldContain("'fleets.trucks.vehicles'"); // the fleet's id is trucks
    }

    [Fact]
    public void A_value_the_scenario_rejects_is_reported_at_the_sweep_line_that_wrote_it()
    {
        var path = _folder.Write("""
            scenario: base.yaml
            parameters:
              - path: fleets.trucks.vehicles
                values:
                  - 5
                  - -3
            """);

        var result = SweepLoader.Load(path);

        result.IsValid.ShouldBeFalse();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.NotPositive);
        error.Location.ShouldBe(new SourceLocation(path, 6, 9));
    }

    [Fact]
    public void A_grid_takes_every_combination_with_the_first_parameter_slowest_and_a_range_includes_its_stop()
    {
        var sweep = _folder.Load("""
            scenario: base.yaml
            parameters:
              - path: fleets.trucks.vehicles
                values: [5, 10]
              - path: cities.town.population
                range: { start: 1000, stop: 2000, step: 500 }
            strategies: [distributed]
            replications: 2
            """);

        sweep.Points.Select(p => string.Join(',', p.Values)).ShouldBe(
            ["5,1000", "5,1500", "5,2000", "10,1000", "10,1500", "10,2000"]);
        sweep.RunCount.ShouldBe(2 * 3 * 1 * 2);
        sweep.Locate(5).ShouldBe((2, 0, 1)); // run 5 = point 2 (5 / 2), strategy 0, replication 1
    }

    [Fact]
    public void A_latin_hypercube_puts_exactly_one_point_in_every_stratum_of_every_parameter()
    {
        const int N = 25;
        var sweep = _folder.Load($$"""
            scenario: base.yaml
            design: { kind: latin_hypercube, points: {{N}} }
            parameters:
              - path: cities.town.location.lat
                distribution: { kind: uniform, min: 10, max: 11 }
              - path: fleets.trucks.speed
                distribution: { kind: uniform, min: 40, max: 90 }
                unit: km/h
            """);

        // The stratum of x in [min, max) cut into N: floor((x - min) / (max - min) * N); each must occur once.
        var lat = sweep.Points.Select(p => (int)((Number(p.Values[0]) - 10) / 1 * N));
        lat.Order().ShouldBe(Enumerable.Range(0, N));
        var speed = sweep.Points.Select(p => (int)((Number(p.Values[1].Replace(" km/h", string.Empty, StringComparison.Ordinal)) - 40) / 50 * N));
        speed.Order().ShouldBe(Enumerable.Range(0, N));
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Each_points_seed_derives_from_the_sweep_seed_and_the_point_alone()
    {
        var sweep = _folder.Load("""
            scenario: base.yaml
            seed: 99
            parameters:
              - path: fleets.trucks.vehicles
                values: [5, 10, 20]
            """);

        sweep.Points.Select(p => p.Seed).ShouldBe([.. Enumerable.Range(0, 3).Select(i => RandomStream.DeriveSeed(99, $"point/{i}"))]);
        sweep.ScenarioAt(2).Seed.ShouldBe(RandomStream.DeriveSeed(99, "point/2"));
        sweep.ScenarioAt(2).Network.Fleets[0].Vehicles.ShouldBe(20);
    }

    [Fact]
    public void A_sweep_over_the_limit_is_refused_with_its_size_and_how_to_raise_the_limit()
    {
        var path = _folder.Write("""
            scenario: base.yaml
            parameters:
              - path: fleets.trucks.vehicles
                range: { start: 1, stop: 100, step: 1 }
            replications: 30
            """);

        var refused = SweepLoader.Load(path, new SweepLoadOptions { MaxRuns = 5_000 });
        var raised = SweepLoader.Load(path, new SweepLoadOptions { MaxRuns = 6_000 });

        // 100 values × 2 strategies × 30 replications = 6,000 runs.
        var error = refused.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(SweepDiagnosticCodes.SweepTooLarge);
        error.Message.ShouldContain("6,000 runs");
        error.Message.ShouldContain("--max-runs");
        raised.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_grid_refuses_a_drawn_parameter_and_a_sample_needs_its_number_of_points()
    {
        var grid = SweepLoader.Load(_folder.Write("""
            scenario: base.yaml
            parameters:
              - path: fleets.trucks.vehicles
                distribution: { kind: integer, min: 1, max: 9 }
            """));
        var sample = SweepLoader.Load(_folder.Write("""
            scenario: base.yaml
            design: random
            parameters:
              - path: fleets.trucks.vehicles
                values: [1, 2]
            """, "sample.yaml"));

        grid.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Conflict);
        sample.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.MissingKey);
    }

    [Fact]
    public void Metrics_are_kept_by_key_or_by_name_for_every_commodity_in_catalogue_order()
    {
        var sweep = _folder.Load("""
            scenario: base.yaml
            parameters:
              - path: fleets.trucks.vehicles
                values: [5]
            metrics: [all.vehicle_km, fill_rate]
            """);

        sweep.Metrics.Select(m => m.Key).ShouldBe(["water.fill_rate", "all.vehicle_km"]);
    }

    [Fact]
    public void A_hybrids_central_share_is_a_sweep_path_and_each_point_holds_its_share_centrally()
    {
        _folder.Write(Scenarios.Reading.CentralShareTests.At("0.5"), "share.yaml");

        var sweep = _folder.Load("""
            scenario: share.yaml
            parameters:
              - path: strategies.hybrid.central_share
                values: [0, 0.5, 1]
            replications: 1
            """);

        // Of the 80,000 L the hybrid holds: none, half and all at the two hubs (CentralShareTests).
        var atHubs = Enumerable.Range(0, 3).Select(p => sweep.ScenarioAt(p).Strategies[0])
            .Select(s => s.Stock.Where(x => x.Key.Value.StartsWith("hub-", StringComparison.Ordinal)).Sum(x => x.Value.Values.Sum(a => a.Units)));
        atHubs.ShouldBe([0, 40_000, 80_000], tolerance: 1e-9);
        sweep.Parameters.Single().ColumnName.ShouldBe("strategies.hybrid.central_share");
    }

    [Theory]
    [InlineData("strategies.hybrid.central_shares")]
    [InlineData("strategies.hybrid.centre_share")]
    public void An_unknown_sibling_of_central_share_is_SW0600_naming_central_share_among_the_nearest_paths(string given)
    {
        _folder.Write(Scenarios.Reading.CentralShareTests.At("0.5"), "share.yaml");
        var path = _folder.Write($"""
            scenario: share.yaml
            parameters:
              - path: {given}
                values: [0, 1]
            """);

        var error = SweepLoader.Load(path).Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(SweepDiagnosticCodes.UnknownParameterPath);
        error.Location.ShouldBe(new SourceLocation(path, 3, 11));
        error.Message.ShouldContain("the nearest valid paths are 'strategies.hybrid.central_share'");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_sweep_loads_without_errors(string file)
    {
        var result = SweepLoader.Load(Path.Combine(RepositoryFiles.Scenarios, file), new SweepLoadOptions { Root = RepositoryFiles.Scenarios });

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        result.Sweep.ShouldNotBeNull().RunCount.ShouldBeGreaterThan(0);
    }
}
