using SimWorkbench.Drills;

namespace SimWorkbench.Tests.Drills;

public sealed class DrillLogFileTests : IDisposable
{
    private const string Orders = """
          - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 1000 L }
          - { at: 0h, kind: dispatch, from: spare, to: town, commodity: water, amount: 10 L }
        """;

    private readonly DrillFiles files = new();

    public void Dispose() => files.Dispose();

    private (string LogPath, DrillSession Session) PlayAndWrite(string folder)
    {
        var drillPath = files.WriteDrill();
        var loaded = DrillLoader.Load(drillPath);
        var orders = files.LoadOrders(loaded.Drill!, Orders);
        var session = DrillPlay.Play(loaded.Drill!, orders);
        var logPath = Path.Combine(folder, "session", "drill-log.jsonl");
        DrillLogFile.Write(logPath, drillPath, loaded, orders, session);
        return (logPath, session);
    }

    [Fact]
    public void Reading_a_log_gives_back_the_sessions_injects_orders_assessments_deliveries_and_outcome()
    {
        var (logPath, session) = PlayAndWrite(files.Folder);

        var reading = DrillLogFile.Read(logPath);

        reading.Errors.ShouldBeEmpty();
        var log = reading.Log.ShouldNotBeNull();
        log.Strategy.ShouldBe(session.Strategy);
        log.Injects.Select(i => i.Id).ShouldBe(session.FiredInjects);
        log.Injects[0].Text.ShouldBe("Start.");
        log.OrderResults.Select(o => o.Result).ShouldBe(session.Orders);
        log.Orders.ShouldBe(session.Orders.Select(o => o.Order));
        log.Assessments.Select(a => (a.Id, a.MetAtHours, a.DeadlineHours)).ShouldBe(session.Assessments.Select(a => (a.Action.Id, a.MetAtHours, a.DeadlineHours)));
        log.Assessments.Select(a => a.Result).ShouldBe(["missed", "met"]);
        log.Deliveries.Select(d => d.Delivery).ShouldBe(session.Outcome.Deliveries);
        log.Hazards.ShouldHaveSingleItem().Id.ShouldBe("lane-flood");
        log.Summary.OrdersAccepted.ShouldBe(1);
        log.Summary.OrdersRefused.ShouldBe(1);
        log.Summary.Commodities.ShouldHaveSingleItem().FillRate.ShouldBe(session.Metrics.Overall[0].FillRate);
        log.Entries.Select(e => e.AtHours).ShouldBeInOrder();
    }

    [Fact]
    public void The_header_names_the_drill_relative_to_the_log()
    {
        var (logPath, _) = PlayAndWrite(Path.Combine(files.Folder, "results"));

        // results/session/drill-log.jsonl → ../../drill.yaml
        DrillLogFile.Read(logPath).Log!.DrillPath.ShouldBe("../../drill.yaml");
    }

    [Fact]
    public void A_log_copied_elsewhere_with_its_drill_and_scenario_replays_exactly()
    {
        var (logPath, _) = PlayAndWrite(Path.Combine(files.Folder, "results"));
        var copy = Path.Combine(Path.GetTempPath(), "simwb-drill-copy-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(files.Folder, copy);
            Directory.Delete(Path.Combine(files.Folder, "results"), recursive: true);
            File.Delete(Path.Combine(files.Folder, "drill.yaml"));

            var replay = DrillLogFile.Replay(Path.Combine(copy, "results", "session", "drill-log.jsonl"));

            replay.Errors.ShouldBeEmpty();
            replay.Identical.ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void A_log_moved_without_its_drill_says_where_it_looked()
    {
        var (logPath, _) = PlayAndWrite(Path.Combine(files.Folder, "results"));
        var moved = Path.Combine(files.Folder, "elsewhere.jsonl");
        File.Move(logPath, moved);

        var replay = DrillLogFile.Replay(moved);

        replay.Identical.ShouldBeFalse();
        replay.Errors.ShouldHaveSingleItem().ShouldContain($"is not at '{Path.GetFullPath(Path.Combine(files.Folder, "..", "..", "drill.yaml"))}'");
    }

    [Fact]
    public void A_replay_after_the_scenario_changed_is_refused()
    {
        var (logPath, _) = PlayAndWrite(files.Folder);
        files.Write("world.yaml", DrillFiles.Scenario.Replace("population: 1000 }", "population: 1001 }", StringComparison.Ordinal));

        var replay = DrillLogFile.Replay(logPath);

        replay.Errors.ShouldHaveSingleItem().ShouldContain("the scenario of the drill");
    }

    [Fact]
    public void A_truncated_log_is_an_error_naming_its_last_line()
    {
        var (logPath, _) = PlayAndWrite(files.Folder);
        var lines = File.ReadAllLines(logPath);
        File.WriteAllLines(logPath, lines[..^1]);

        var reading = DrillLogFile.Read(logPath);

        reading.Log.ShouldBeNull();
        reading.Errors.ShouldHaveSingleItem().ShouldBe($"{logPath}({lines.Length - 1},1): the log ends without its summary line: the session did not finish writing it.");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
