using Microsoft.Data.Analysis;
using SimWorkbench.Reporting.Frames;
using SimWorkbench.Sweeps;
using SimWorkbench.Sweeps.Storage;

namespace SimWorkbench.Reporting.Tests.Frames;

public sealed class SweepFramesTests : IDisposable
{
    private const string PopulationSweep = """
        name: town size
        scenario: parity.yaml
        seed: 5
        parameters:
          - path: cities.town.population
            values: [1000, 2000]
        replications: 2
        metrics: [need, fill_rate]
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "simwb-sweep-frames-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_runs_frame_holds_a_typed_row_per_run_in_run_order()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "parity.yaml"), SmallComparison.Yaml);
        File.WriteAllText(Path.Combine(_root, "sweep.yaml"), PopulationSweep);
        var sweep = SweepLoader.Load(Path.Combine(_root, "sweep.yaml")).Sweep.ShouldNotBeNull();
        var folder = Path.Combine(_root, "out");
        using (var writing = SweepDatabase.OpenForSweep(folder, sweep, SweepShard.Whole, out var problem).ShouldNotBeNull(problem))
        {
            SweepRunner.Run(sweep, writing, new SweepOptions { MaxDegreeOfParallelism = 1 });
        }

        using var database = SweepDatabase.OpenToRead(folder, out var readProblem).ShouldNotBeNull(readProblem);
        var frame = database.RunsFrame();

        // 2 populations × 2 strategies × 2 replications.
        frame.Rows.Count.ShouldBe(8);
        ComparisonFramesTests.Names(frame).ShouldBe(["run_index", "point", "strategy", "replication", "seed",
            "cities.town.population", "status", "error", "water.need", "water.fill_rate"]);
        frame["run_index"].ShouldBeOfType<Int64DataFrameColumn>();
        frame["seed"].ShouldBeOfType<UInt64DataFrameColumn>();
        frame["error"].NullCount.ShouldBe(8);
        for (var run = 0; run < 8; run++)
        {
            // Run i: point i / 4, strategy (i / 2) mod 2, replication i mod 2.
            frame["run_index"][run].ShouldBe((long)run);
            frame["point"][run].ShouldBe(run / 4);
            frame["strategy"][run].ShouldBe(run / 2 % 2 == 0 ? "centralised" : "distributed");
            frame["replication"][run].ShouldBe(run % 2);
            var population = 1000.0 * (1 + (run / 4));
            frame["cities.town.population"][run].ShouldBe(population);
            frame["status"][run].ShouldBe("ok");
            ((double)frame["water.need"][run]!).ShouldBe(population * 15 * 2, tolerance: 1e-6); // 15 L a person a day, 2 days
        }

        frame["water.fill_rate"][2].ShouldBe(1.0); // distributed, 1,000 people: 40,000 L in town against 30,000 L of need
    }
}
