using SimWorkbench.Kernel;
using SimWorkbench.Strategies;
using SimWorkbench.Sweeps;
using SimWorkbench.Sweeps.Storage;

namespace SimWorkbench.Tests.Sweeps;

/// <summary>Running sweeps into their database: values, determinism, shards, resumption, failures.</summary>
public sealed class SweepRunnerTests : IDisposable
{
    private const string PopulationSweep = """
        name: town size
        scenario: base.yaml
        seed: 5
        parameters:
          - path: cities.town.population
            values: [1000, 2000, 3000]
          - path: fleets.trucks.vehicles
            values: [4, 10]
        replications: 3
        metrics: [need, fill_rate, all.vehicle_km]
        series: [service_level, need]
        """;

    private readonly SweepFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_run_is_stored_with_its_parameters_seed_and_metrics()
    {
        var sweep = _folder.Load(PopulationSweep);

        var summary = _folder.Run(sweep, "out");

        // 3 populations × 2 fleet sizes × 2 strategies × 3 replications.
        summary.Total.ShouldBe(36);
        summary.Ran.ShouldBe(36);
        summary.Failed.ShouldBe(0);
        var population = _folder.Column("out", "cities.town.population").Cast<double>().ToList();
        var need = _folder.Column("out", "water.need").Cast<double>().ToList();
        var strategy = _folder.Column("out", "strategy").Cast<string>().ToList();
        var fillRate = _folder.Column("out", "water.fill_rate").Cast<double>().ToList();
        var seeds = _folder.Column("out", "seed").Cast<ulong>().ToList();
        for (var run = 0; run < 36; run++)
        {
            // Run i: point i / 6 (population index (i / 6) / 2), strategy (i / 3) mod 2, replication i mod 3.
            population[run].ShouldBe(1000.0 * (1 + (run / 12)));
            need[run].ShouldBe(population[run] * 15 * 2, tolerance: 1e-6); // 15 L a person a day, 2 days
            strategy[run].ShouldBe(run / 3 % 2 == 0 ? "centralised" : "distributed");
            var pointSeed = RandomStream.DeriveSeed(5, $"point/{run / 6}");
            seeds[run].ShouldBe(RandomStream.DeriveSeed(pointSeed, $"replication/{run % 3}"));
            if (strategy[run] == "distributed" && population[run] == 1000)
            {
                fillRate[run].ShouldBe(1.0); // 40,000 L in the town against 30,000 L of need
            }
        }
    }

    [Fact]
    public void A_points_runs_give_the_metrics_a_comparison_of_the_points_scenario_gives()
    {
        var sweep = _folder.Load(PopulationSweep);
        _folder.Run(sweep, "out");

        var comparison = SimWorkbench.Runs.Comparison.Run(sweep.ScenarioAt(4), new SimWorkbench.Runs.ComparisonOptions { Replications = 3 });

        // 2 strategies × 3 replications = 6 runs a point: point 4 holds runs 24..29, centralised 0..2 then distributed 0..2.
        var vehicleKm = _folder.Column("out", "all.vehicle_km").Cast<double>().Skip(24).Take(6).ToList();
        var key = comparison.Metrics.ToList().FindIndex(m => m.Key == "all.vehicle_km");
        var expected = comparison.Runs.SelectMany(runs => runs.Select(comparison.Metrics[key].ValueOf)).ToList();
        vehicleKm.Cast<double?>().ShouldBe(expected);
    }

    [Fact]
    public void The_series_table_holds_each_kept_series_step_by_step()
    {
        var sweep = _folder.Load(PopulationSweep);

        _folder.Run(sweep, "out");

        // Per run: one row per series and commodity in the table; in the view, service level for
        // 2 days + need for 48 hours, one commodity.
        _folder.Rows("out", "series", "run_index, series").Count.ShouldBe(36 * 2);
        var rows = _folder.Rows("out", "series_steps", "run_index, series, step");
        rows.Count.ShouldBe(36 * (2 + 48));
        // Run 0's town has 1,000 people needing 15 L a day: 625 L an hour.
        rows.ShouldContain("0|need|water|0|625");
    }

    [Fact]
    public void Results_do_not_depend_on_the_parallelism()
    {
        var sweep = _folder.Load(PopulationSweep);

        _folder.Run(sweep, "one", new SweepOptions { MaxDegreeOfParallelism = 1 });
        _folder.Run(sweep, "four", new SweepOptions { MaxDegreeOfParallelism = 4, BatchRuns = 5 });

        _folder.Rows("four", "runs", "run_index").ShouldBe(_folder.Rows("one", "runs", "run_index"));
        _folder.Rows("four", "series_steps", "run_index, series, step").ShouldBe(_folder.Rows("one", "series_steps", "run_index, series, step"));
    }

    [Fact]
    public void Four_shards_merged_give_exactly_the_rows_of_one_unsharded_sweep()
    {
        var sweep = _folder.Load(PopulationSweep);
        _folder.Run(sweep, "whole");
        var shards = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            shards.Add(Path.Combine(_folder.Root, $"shard-{i}"));
            var summary = _folder.Run(sweep, $"shard-{i}", new SweepOptions { Shard = new SweepShard(i, 4) });
            summary.Total.ShouldBe(9); // 36 runs / 4
        }

        var merged = SweepDatabase.Merge(shards, Path.Combine(_folder.Root, "merged"), out var problem);

        merged.ShouldNotBeNull(problem).Shards.ShouldBe([1, 2, 3, 4]);
        _folder.Rows("merged", "runs", "run_index").ShouldBe(_folder.Rows("whole", "runs", "run_index"));
        _folder.Rows("merged", "series_steps", "run_index, series, step").ShouldBe(_folder.Rows("whole", "series_steps", "run_index, series, step"));
    }

    [Fact]
    public void Merge_refuses_shards_of_different_sweeps_and_a_shard_given_twice()
    {
        var sweep = _folder.Load(PopulationSweep);
        var other = _folder.Load(PopulationSweep.Replace("seed: 5", "seed: 6", StringComparison.Ordinal), "other.yaml");
        _folder.Run(sweep, "a", new SweepOptions { Shard = new SweepShard(1, 2) });
        _folder.Run(other, "b", new SweepOptions { Shard = new SweepShard(2, 2) });
        string Dir(string name) => Path.Combine(_folder.Root, name);

        SweepDatabase.Merge([Dir("a"), Dir("b")], Dir("m1"), out var different).ShouldBeNull();
        SweepDatabase.Merge([Dir("a"), Dir("a")], Dir("m2"), out var twice).ShouldBeNull();

        different.ShouldNotBeNull().ShouldContain("only shards of one sweep merge");
        twice.ShouldNotBeNull().ShouldContain("shard 1/2 is in both");
        File.Exists(SweepDatabase.PathIn(Dir("m1"))).ShouldBeFalse();
    }

    [Fact]
    public void A_finished_sweep_run_again_does_nothing_and_a_folder_of_another_sweep_is_refused()
    {
        var sweep = _folder.Load(PopulationSweep);
        var other = _folder.Load(PopulationSweep.Replace("replications: 3", "replications: 2", StringComparison.Ordinal), "other.yaml");
        _folder.Run(sweep, "out");

        var again = _folder.Run(sweep, "out");
        using var refused = SweepDatabase.OpenForSweep(Path.Combine(_folder.Root, "out"), other, SweepShard.Whole, out var problem);

        again.AlreadyDone.ShouldBe(36);
        again.Ran.ShouldBe(0);
        _folder.Rows("out", "runs", "run_index").Count.ShouldBe(36);
        refused.ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain("another sweep");
    }

    [Fact]
    public void A_resumed_sweep_is_refused_after_an_edit_to_a_file_its_base_scenario_extends()
    {
        _folder.Write(SweepFolder.BaseScenario, "parent.yaml");
        _folder.Write("extends: parent.yaml\nname: Child\n", "child.yaml");
        var sweepText = PopulationSweep.Replace("scenario: base.yaml", "scenario: child.yaml", StringComparison.Ordinal);
        var sweep = _folder.Load(sweepText);
        _folder.Run(sweep, "out", new SweepOptions { Shard = new SweepShard(1, 4) });
        var unchanged = _folder.Load(sweepText);

        // Only the extended file changes: the sweep file and the file it names are as they were.
        _folder.Write(SweepFolder.BaseScenario.Replace("vehicles: 10", "vehicles: 12", StringComparison.Ordinal), "parent.yaml");
        var edited = _folder.Load(sweepText);
        using var refused = SweepDatabase.OpenForSweep(Path.Combine(_folder.Root, "out"), edited, new SweepShard(1, 4), out var problem);

        unchanged.Fingerprint.ShouldBe(sweep.Fingerprint);
        edited.Fingerprint.ShouldNotBe(sweep.Fingerprint);
        refused.ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain("a file that scenario extends changed");
        _folder.Rows("out", "runs", "run_index").Count.ShouldBe(9); // the runs of the first part, untouched
    }

    [Fact]
    public void Parameters_with_units_are_numbers_in_columns_named_with_the_unit_and_words_stay_text()
    {
        var sweep = _folder.Load("""
            scenario: base.yaml
            seed: 5
            parameters:
              - path: links.road.travel_time
                values: [1 h, 90min, 0.1 d]
              - path: fleets.trucks.speed
                range: { start: 40, stop: 60, step: 20 }
                unit: km/h
              - path: strategies.centralised.kind
                values: [centralised, distributed]
            strategies: [centralised]
            replications: 1
            metrics: [fill_rate]
            """);

        _folder.Run(sweep, "out");

        // 3 × 2 × 2 points, the first parameter slowest: 90 min is 1.5 h and 0.1 d is 2.4 h.
        sweep.Parameters.Select(p => p.ColumnName).ShouldBe(["links.road.travel_time [h]", "fleets.trucks.speed [km/h]", "strategies.centralised.kind"]);
        _folder.Column("out", "links.road.travel_time [h]").Cast<double>().ShouldBe([1, 1, 1, 1, 1.5, 1.5, 1.5, 1.5, 2.4, 2.4, 2.4, 2.4], tolerance: 1e-12);
        _folder.Column("out", "fleets.trucks.speed [km/h]").Cast<double>().ShouldBe([40.0, 40, 60, 60, 40, 40, 60, 60, 40, 40, 60, 60]);
        _folder.Column("out", "strategies.centralised.kind").Cast<string>().Take(2).ShouldBe(["centralised", "distributed"]);
    }

    [Fact]
    public void A_folder_written_before_parameters_carried_units_in_their_column_is_refused_on_resume_and_merge()
    {
        var sweep = _folder.Load(PopulationSweep);
        _folder.Run(sweep, "a", new SweepOptions { Shard = new SweepShard(1, 2) });
        _folder.Run(sweep, "b", new SweepOptions { Shard = new SweepShard(2, 2) });
        string Dir(string name) => Path.Combine(_folder.Root, name);

        // A database of the first layout has no 'schema' key in its sweep table.
        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={SweepDatabase.PathIn(Dir("a"))}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM sweep WHERE key = 'schema'";
            command.ExecuteNonQuery().ShouldBe(1);
        }

        using var resumed = SweepDatabase.OpenForSweep(Dir("a"), sweep, new SweepShard(1, 2), out var problem);
        var merged = SweepDatabase.Merge([Dir("b"), Dir("a")], Dir("m"), out var mergeProblem);

        resumed.ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain("written by an older simwb (sweep database schema 1");
        merged.ShouldBeNull();
        mergeProblem.ShouldNotBeNull().ShouldContain("Only shards written by this version merge");
    }

    [Fact]
    public void A_failing_run_is_recorded_with_its_error_and_the_sweep_goes_on()
    {
        var sweep = _folder.Load(PopulationSweep);
        var options = new SweepOptions
        {
            AllocatorFor = s => s.Kind == StrategyKind.Centralised ? new Failing() : new LocalStock(),
        };

        var summary = _folder.Run(sweep, "out", options);

        summary.Ran.ShouldBe(36);
        summary.Failed.ShouldBe(18); // the centralised half
        var status = _folder.Column("out", "status").Cast<string>().ToList();
        var errors = _folder.Column("out", "error");
        var fillRate = _folder.Column("out", "water.fill_rate");
        for (var run = 0; run < 36; run++)
        {
            var failed = run / 3 % 2 == 0;
            status[run].ShouldBe(failed ? "failed" : "ok");
            if (failed)
            {
                errors[run].ShouldBeOfType<string>().ShouldContain("allocator broke");
                fillRate[run].ShouldBeNull();
            }
        }
    }

    private sealed class Failing : ISupplyStrategy
    {
        public IEnumerable<Dispatch> Allocate(SupplySituation situation) => throw new InvalidOperationException("allocator broke");
    }
}
