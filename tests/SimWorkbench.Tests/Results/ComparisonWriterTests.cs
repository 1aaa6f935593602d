using System.Globalization;
using System.Text.Json;
using SimWorkbench.Results;
using SimWorkbench.Runs;
using SimWorkbench.Tests.Runs;

namespace SimWorkbench.Tests.Results;

public sealed class ComparisonWriterTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "simwb-writer-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }

    private (ComparisonResult Result, string Folder) Written()
    {
        var result = Comparison.Run(TestScenarios.Parse(ComparisonTests.Parity));
        var folder = ComparisonWriter.Write(_parent, "parity-compare", result, ComparisonTests.Parity, "test-version", "simwb compare parity.yaml");
        return (result, folder);
    }

    private static List<string[]> ReadCsv(string path, IReadOnlyList<string> columns)
    {
        var lines = File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(string.Join(',', columns));
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        rows.ShouldAllBe(r => r.Length == columns.Count);
        return rows;
    }

    private static double? Parse(string field) => field.Length == 0 ? null : double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void The_folder_holds_the_manifest_the_scenario_and_every_results_file()
    {
        var (result, folder) = Written();

        Path.GetFileName(folder).ShouldBe("parity-compare");
        var manifest = RunManifest.FromJson(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        manifest.ScenarioSha256.ShouldBe(RunManifest.HashOf(ComparisonTests.Parity));
        manifest.Seed.ShouldBe(7UL);
        manifest.Replications.ShouldBe(3);
        manifest.Strategies.ShouldBe(["centralised", "distributed"]);
        manifest.CommandLine.ShouldBe("simwb compare parity.yaml");
        File.ReadAllText(Path.Combine(folder, "scenario.yaml")).ShouldBe(ComparisonTests.Parity);
        foreach (var file in new[] { "metrics/replications.csv", "metrics/summary.csv", "metrics/paired.csv", "series/service-level.csv", "events.jsonl" })
        {
            File.Exists(Path.Combine(folder, file)).ShouldBeTrue(file);
        }

        Directory.EnumerateDirectories(_parent).Select(Path.GetFileName).ShouldBe(["parity-compare"]); // nothing left aside
        result.Strategies.Count.ShouldBe(2);
    }

    [Fact]
    public void Replications_csv_has_one_row_per_strategy_replication_and_metric_that_parses_back_to_the_numbers()
    {
        var (result, folder) = Written();

        var rows = ReadCsv(Path.Combine(folder, "metrics/replications.csv"), ComparisonWriter.ReplicationColumns);

        rows.Count.ShouldBe(2 * 3 * result.Metrics.Count);
        var i = 0;
        for (var s = 0; s < 2; s++)
        {
            foreach (var run in result.Runs[s])
            {
                foreach (var metric in result.Metrics)
                {
                    var row = rows[i++];
                    row[0].ShouldBe(result.Strategies[s].Value);
                    int.Parse(row[1], CultureInfo.InvariantCulture).ShouldBe(run.Replication);
                    ulong.Parse(row[2], CultureInfo.InvariantCulture).ShouldBe(run.Seed);
                    (row[3], row[4], row[5]).ShouldBe((metric.Commodity, metric.Name, metric.Unit));
                    Parse(row[6]).ShouldBe(metric.ValueOf(run)); // round-trip: exactly the number
                }
            }
        }
    }

    [Fact]
    public void Summary_and_paired_csv_parse_back_to_the_statistics()
    {
        var (result, folder) = Written();

        var summary = ReadCsv(Path.Combine(folder, "metrics/summary.csv"), ComparisonWriter.SummaryColumns);
        summary.Count.ShouldBe(2 * result.Metrics.Count);
        var fill = result.Metrics.ToList().FindIndex(m => m.Key == "water.fill_rate");
        var row = summary.Single(r => r[0] == "centralised" && r[1] == "water" && r[2] == "fill_rate");
        var expected = result.Summaries[fill][0].Summary!;
        row[4].ShouldBe("higher");
        int.Parse(row[5], CultureInfo.InvariantCulture).ShouldBe(3);
        Parse(row[7]).ShouldBe(expected.Mean);
        Parse(row[9]).ShouldBe(expected.ConfidenceLower);
        Parse(row[10]).ShouldBe(expected.ConfidenceUpper);
        Parse(row[11]).ShouldBe(expected.P5);
        Parse(row[12]).ShouldBe(expected.P50);
        Parse(row[13]).ShouldBe(expected.P95);

        var paired = ReadCsv(Path.Combine(folder, "metrics/paired.csv"), ComparisonWriter.PairedColumns);
        paired.Count.ShouldBe(result.Metrics.Count); // one pair of strategies
        var km = paired.Single(r => r[2] == "all" && r[3] == "vehicle_km");
        (km[0], km[1]).ShouldBe(("centralised", "distributed"));
        var kmIndex = result.Metrics.ToList().FindIndex(m => m.Key == "all.vehicle_km");
        Parse(km[6]).ShouldBe(result.Differences[kmIndex][0].Difference!.MeanDifference);
    }

    [Fact]
    public void The_service_level_series_has_one_row_per_strategy_commodity_and_day_and_the_events_are_json_lines()
    {
        var (result, folder) = Written();

        var series = ReadCsv(Path.Combine(folder, "series/service-level.csv"), ComparisonWriter.ServiceLevelColumns);
        series.Count.ShouldBe(2 * 1 * 2); // 2 strategies × 1 commodity × 2 days
        series.Select(r => r[2]).ShouldBe(["0", "1", "0", "1"]);
        var k = 0;
        foreach (var band in result.ServiceLevels)
        {
            foreach (var day in band.Days)
            {
                var row = series[k++];
                (row[0], row[1]).ShouldBe((result.Strategies[band.Strategy].Value, band.Commodity));
                Parse(row[3]).ShouldBe(day.Mean);
                Parse(row[6]).ShouldBe(day.P5);
                Parse(row[8]).ShouldBe(day.P95);
            }
        }

        var lines = File.ReadAllLines(Path.Combine(folder, "events.jsonl"));
        lines.Length.ShouldBe(result.Runs[0][0].DeliveryCount); // replication 0 of each; distributed has none
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("type").GetString().ShouldBe("delivery");
        first.RootElement.GetProperty("strategy").GetString().ShouldBe("centralised");
        first.RootElement.GetProperty("city").GetString().ShouldBe("town");
        first.RootElement.GetProperty("amount").GetDouble().ShouldBe(result.Runs[0][0].Deliveries[0].Amount.Units);
    }

    [Fact]
    public void The_event_log_holds_each_hazard_and_the_link_changes_it_caused_before_the_deliveries_at_the_same_time()
    {
        // Parity's scenario with one hazard that surely closes the only road at 12 h (P(damage) = 1:
        // 5 g against a median of 0.01 g); with a repair time of 1 d it reopens at 36 h.
        var yaml = ComparisonTests.Parity.Replace("repair_time: 2d", "repair_time: 1d", StringComparison.Ordinal) + """

            hazards:
              - id: quake
                kind: storm_surge
                onset: 12h
                targets: [road]
                intensity: 5
                fragility: [{ element: road, median: 0.01, beta: 0.1 }]
            """;
        var result = Comparison.Run(TestScenarios.Parse(yaml));
        var folder = ComparisonWriter.Write(_parent, "quake", result, yaml, "v", "simwb compare");

        var lines = File.ReadAllLines(Path.Combine(folder, "events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var centralised = lines.Where(l => l.GetProperty("strategy").GetString() == "centralised").ToArray();
        var hazard = centralised.Single(l => l.GetProperty("type").GetString() == "hazard");
        hazard.GetProperty("id").GetString().ShouldBe("quake");
        hazard.GetProperty("kind").GetString().ShouldBe("storm_surge");
        hazard.GetProperty("time_h").GetDouble().ShouldBe(12);
        hazard.GetProperty("generation").GetInt32().ShouldBe(0);
        hazard.GetProperty("rule").ValueKind.ShouldBe(JsonValueKind.Null);
        hazard.GetProperty("parent").ValueKind.ShouldBe(JsonValueKind.Null);
        hazard.GetProperty("damaged").EnumerateArray().Select(d => (d.GetProperty("element").GetString(), d.GetProperty("id").GetString())).ShouldBe([("link", "road")]);
        var changes = centralised.Where(l => l.GetProperty("type").GetString() == "link_state").ToArray();
        changes.Select(c => (c.GetProperty("state").GetString(), c.GetProperty("cause").GetString())).ShouldBe([("closed", "quake"), ("open", "repair")]);
        changes.Select(c => c.GetProperty("time_h").GetDouble()).ShouldBe([12.0, 36.0]);
        Array.IndexOf(centralised, hazard).ShouldBeLessThan(Array.IndexOf(centralised, changes[0]));
        var times = centralised.Select(l => l.GetProperty("time_h").GetDouble()).ToArray();
        times.ShouldBe(times.Order().ToArray());
        lines.ShouldAllBe(l => l.GetProperty("replication").GetInt32() == 0);
    }
}
