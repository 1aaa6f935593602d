using SimWorkbench.Drills;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Tests.Drills;

/// <summary>Playing a drill stop by stop, and ending it on a condition.</summary>
public sealed class LiveDrillTests : IDisposable
{
    private readonly DrillFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void The_clock_stops_at_each_inject_and_time_limit_with_what_is_new_since_the_last_stop()
    {
        var drill = files.LoadDrill();
        var live = LiveDrill.Begin(drill);

        // I1 at 0 h sets limits at 1 h (farm) and 2 h (town); I2 fires at 2 h, the decision point I3 at 4 h; the drill ends at 12 h.
        var stops = new List<double>();
        var first = live.RunUntil(0);
        first.News.ShouldHaveSingleItem().ShouldStartWith("inject I1");
        live.Issue(DrillLoader.ReadOrderLine("dispatch reserve town water 1000 L", drill, 1).Order!).Loads.ShouldBe(1);
        while (!live.Ended)
        {
            var situation = live.RunUntilNextStop();
            stops.Add(situation.NowHours);
            if (situation.NowHours == 2)
            {
                // Since 1 h: the water reached the town at 1.6 h (meeting its limit), the flood struck at 2 h.
                situation.News.ShouldContain(n => n.Contains("1,000 L of water delivered to town"));
                situation.News.ShouldContain(n => n.Contains("expected action water-town") && n.Contains("met at 1.6 h"));
                situation.News.ShouldContain(n => n.StartsWith("inject I2", StringComparison.Ordinal));
            }
        }

        stops.ShouldBe([1, 2, 4, 12]);
        live.Situation().Fleets.Single(f => f.Fleet.Value == "truck").AtDepot.ShouldBe(1);
    }

    [Fact]
    public void A_session_played_stop_by_stop_and_its_orders_replayed_as_a_script_give_the_same_log()
    {
        var drill = KindsWorld.Load(files);
        var live = LiveDrill.Begin(drill);
        string[] lines = ["dispatch reserve town water 12000 L", "reroute 1 farm", "advance 1h", "reroute 1 town", "procure reserve water 2000 L lead 3h premium 1.5", "advance next", "mutual_aid 12h", "advance 7h", "dispatch local-town farm water 4000 L"];
        live.RunUntil(0);
        foreach (var line in lines)
        {
            live.Issue(DrillLoader.ReadOrderLine(line, drill, live.Given.Count + 1).Order.ShouldNotBeNull());
        }

        var played = live.Finish();
        var replayed = DrillPlay.Play(drill, live.Given);

        // Given at the same instant as the dispatch, the first reroute finds all three loads still waiting.
        played.Orders.ShouldAllBe(o => o.Accepted);
        played.Orders[1].Loads.ShouldBe(3);
        replayed.Log.ShouldBe(played.Log);
    }

    [Fact]
    public void A_drill_ends_when_every_expected_action_has_been_assessed()
    {
        var drill = LoadDrill("end: { when: all_assessed, latest: 12h }");

        var session = DrillPlay.Play(drill, []);

        // The time limits run out at 1 h and 2 h; the last timed inject, I3, fires at 4 h: the
        // condition holds at the end of that hour's events, at 4 h.
        session.Outcome.HorizonHours.ShouldBe(4);
        session.Outcome.Need.Hours.ShouldBe(4);
        session.Log[^1].ShouldContain("\"t\":4,");
    }

    [Fact]
    public void A_drill_ends_once_every_citys_service_level_has_held_long_enough_and_later_orders_are_refused()
    {
        var drill = KindsWorld.Load(files, KindsWorld.Drill(end: "{ when: { service_level: 1, for: 6h }, latest: 2d }"));
        var orders = files.LoadOrders(drill, """
              - { at: 0h, kind: dispatch, from: reserve, to: farm, commodity: water, amount: 20000 L }
              - { at: 20h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 10 L }
            """);

        var session = DrillPlay.Play(drill, orders);

        // The town's 60 000 L cover its 1000 L/h throughout. The farm's first 5000 L arrive at
        // 0.5 + 1.75 = 2.25 h, the next at 6.25 h and every 4 h after (back 1.75 h, load 0.5 h, out
        // 1.75 h), each 5 h of need: from the hour starting at 3 h the farm is covered. Six full
        // hours (3 h to 9 h) have held at 9 h.
        session.Outcome.HorizonHours.ShouldBe(9);
        session.Orders[1].Refusal.ShouldNotBeNull().ShouldStartWith("ended: the drill ended at 9 h");
        var farm = session.Outcome.Cities.ToList().FindIndex(c => c.Value == "farm");
        session.Outcome.Served[farm, 0, 2].ShouldBe(0);
        session.Outcome.Served[farm, 0, 3].ShouldBe(1000);

        // The yardsticks are played over the same 9 h.
        AfterActionReview.Of(drill, session).Rows.ShouldAllBe(r => r.Session.Outcome.Need.Hours == 9);
    }

    [Fact]
    public void A_drill_with_an_end_that_cannot_be_met_gets_positioned_errors()
    {
        Errors("end: { when: all_assessed }").ShouldBe([(DiagnosticCodes.MissingKey, 4, 6)]);
        Errors("end: { at: 12h, when: all_assessed, latest: 1d }").ShouldBe([(DiagnosticCodes.Conflict, 4, 12)]);
        Errors("end: { when: sometimes, latest: 1d }").ShouldBe([(DiagnosticCodes.UnknownOption, 4, 14)]);
        Errors("end: { when: { service_level: 0.9, for: 12h }, latest: 12h }").ShouldBe([(DrillDiagnosticCodes.EndNeverHolds, 4, 41)]);
        Errors("end: { when: { service_level: 1.5, for: 1h }, latest: 12h }").ShouldBe([(DiagnosticCodes.OutOfUnitInterval, 4, 31)]);
        LoadDrill("end: { at: 12h }").End.Hours.ShouldBe(12);
    }

    private Drill LoadDrill(string end)
    {
        var loaded = DrillLoader.Load(files.WriteDrill(DrillFiles.Drill.Replace("end: 12h", end, StringComparison.Ordinal)));
        loaded.Diagnostics.ShouldBeEmpty();
        return loaded.Drill.ShouldNotBeNull();
    }

    private List<(string Code, int Line, int Column)> Errors(string end) =>
        [.. DrillLoader.Load(files.WriteDrill(DrillFiles.Drill.Replace("end: 12h", end, StringComparison.Ordinal))).Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column))];
}
