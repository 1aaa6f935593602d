using SimWorkbench.Drills;

namespace SimWorkbench.Tests.Drills;

public sealed class DataUpdateTests : IDisposable
{
    // Need per person: 15 L/d, so a city of 1000 needs 1000 × 15 / 24 = 625 L each hour.
    private const double NeedPerHour = 1000 * 15.0 / 24;

    private readonly DrillFiles files = new();

    public void Dispose() => files.Dispose();

    private Drill Load(string injects, string end = "12h")
    {
        var loaded = DrillLoader.Load(files.WriteDrill($"""
            name: Update drill
            scenario: world.yaml
            strategy: central
            end: {end}
            injects:
            {injects}
            """));
        loaded.Diagnostics.ShouldBeEmpty();
        return loaded.Drill.ShouldNotBeNull();
    }

    [Fact]
    public void A_surge_raises_a_city_s_need_from_the_inject_for_its_duration_and_the_yardsticks_see_it()
    {
        var drill = Load("""
              - { id: U1, at: 2h, kind: data_update, text: Casualties, update: { kind: surge, city: town, commodity: water, multiplier: 3, for: 4h } }
            """);

        var session = DrillPlay.Play(drill, []);
        var review = AfterActionReview.Of(drill, session);

        // Hours 0-1: 625 L; hours 2-5 (the surge from 2 h for 4 h): 3 × 625 = 1875 L; from hour 6: 625 L again. The farm is unchanged.
        foreach (var row in review.Rows)
        {
            var need = row.Session.Outcome.Need;
            Enumerable.Range(0, 8).Select(h => need[0, 0, h]).ShouldBe([NeedPerHour, NeedPerHour, 3 * NeedPerHour, 3 * NeedPerHour, 3 * NeedPerHour, 3 * NeedPerHour, NeedPerHour, NeedPerHour], row.Label);
            need[1, 0, 3].ShouldBe(NeedPerHour, row.Label);
        }

        session.Log.ShouldContain(l => l.Contains("\"type\":\"update\"", StringComparison.Ordinal) && l.Contains("need for water in town ×3 until 6 h", StringComparison.Ordinal));
    }

    [Fact]
    public void A_displacement_moves_people_and_their_need_and_brings_them_back()
    {
        var drill = Load("""
              - { id: U1, at: 2h, kind: data_update, text: Evacuation, update: { kind: displacement, from: town, to: farm, people: 400, for: 3h } }
            """);

        var need = DrillPlay.Play(drill, []).Outcome.Need;

        // Hours 2-4: the town has 600 people (600 × 15 / 24 = 375 L an hour), the farm 1400 (875 L); from hour 5 both 1000 again.
        Enumerable.Range(1, 5).Select(h => need[0, 0, h]).ShouldBe([NeedPerHour, 375, 375, 375, NeedPerHour]);
        Enumerable.Range(1, 5).Select(h => need[1, 0, h]).ShouldBe([NeedPerHour, 875, 875, 875, NeedPerHour]);
    }

    [Fact]
    public void A_link_report_closes_and_reopens_the_road_for_orders_and_in_the_run_s_records()
    {
        var drill = Load("""
              - { id: U1, at: 1h, kind: data_update, text: Road blocked, update: { kind: link, link: road, state: closed } }
              - { id: U2, at: 3h, kind: data_update, text: Road cleared, update: { kind: link, link: road, state: open } }
            """);
        var orders = files.LoadOrders(drill, """
              - { at: 2h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 1000 L }
              - { at: 4h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 1000 L }
            """);

        var session = DrillPlay.Play(drill, orders);

        session.Orders[0].Refusal.ShouldNotBeNull().ShouldStartWith("no-route:");
        session.Orders[1].Accepted.ShouldBeTrue();

        // Loading 1 t at 10 t/h takes 0.1 h, the road 1.5 h: given at 4 h, unloaded at 5.6 h.
        session.Outcome.Deliveries.ShouldHaveSingleItem().TimeHours.ShouldBe(5.6, tolerance: 1e-9);
        session.Outcome.LinkChanges.Select(c => (c.TimeHours, c.Link.Value, c.State)).ShouldBe([(1.0, "road", SimWorkbench.Network.LinkState.Closed), (3.0, "road", SimWorkbench.Network.LinkState.Open)]);
    }

    [Fact]
    public void A_depot_report_slows_its_loading_for_its_duration()
    {
        var drill = Load("""
              - { id: U1, at: 0h, kind: data_update, text: Forklifts down, update: { kind: depot, depot: reserve, loading: 0.5, for: 10h } }
            """);
        var orders = files.LoadOrders(drill, "  - { at: 0h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 1000 L }\n");

        var session = DrillPlay.Play(drill, orders);

        // 1 t at half of 10 t/h takes 0.2 h, the road 1.5 h: unloaded at 1.7 h (1.6 h at full rate).
        session.Outcome.Deliveries.ShouldHaveSingleItem().TimeHours.ShouldBe(1.7, tolerance: 1e-9);
    }

    [Fact]
    public void A_contingency_hazard_strikes_the_yardsticks_when_it_struck_the_trainees()
    {
        // The trainees send nothing: water-town is missed at 2 h and C1 forces the flood then. The
        // automatic strategy ships to the town at once and meets it, so C1 never fires for it; yet
        // it must face the same flood at 2 h.
        var drill = Load("""
              - id: I1
                at: 0h
                kind: message
                text: Start.
                expect:
                  - { id: water-town, text: water reaches the town within 2 h, city: town, commodity: water, amount: 1000 L, within: 2h }
              - { id: C1, if_missed: water-town, kind: hazard, hazard: lane-flood, text: The lane floods. }
            """);

        var session = DrillPlay.Play(drill, []);
        var review = AfterActionReview.Of(drill, session);

        session.Outcome.Hazards.ShouldHaveSingleItem().OnsetHours.ShouldBe(2);
        var automatic = review.Rows.Single(r => r.Label == "automatic: central").Session;
        automatic.Assessments.ShouldHaveSingleItem().Met.ShouldBeTrue();
        automatic.FiredInjects.ShouldBe(["I1"]);
        automatic.Outcome.Hazards.ShouldHaveSingleItem().Id.Value.ShouldBe("lane-flood");
        automatic.Outcome.Hazards[0].OnsetHours.ShouldBe(2);
        review.Rows.Single(r => r.Label == "no orders").Session.Outcome.Hazards.ShouldHaveSingleItem().OnsetHours.ShouldBe(2);
    }

    [Fact]
    public void An_update_on_an_inject_that_is_not_a_data_update_is_refused_with_its_position()
    {
        var loaded = DrillLoader.Load(files.WriteDrill("""
            name: Bad
            scenario: world.yaml
            strategy: central
            end: 12h
            injects:
              - { id: U1, at: 1h, kind: message, text: Hi, update: { kind: surge, city: town, commodity: water, multiplier: 0.5, for: 1h } }
            """));

        loaded.Drill.ShouldBeNull();
        loaded.Diagnostics.Select(d => (d.Code, d.Location.Line)).ShouldBe([("SW0304", 6), ("SW0302", 6)]);
    }
}
