using SimWorkbench.Network;
using SimWorkbench.Network.Routing;

namespace SimWorkbench.Tests.Network.Routing;

public sealed class RoadGraphTests
{
    // Four towns: a direct road a-b (1 h, starts closed), a detour a-c-b (2 h + 1.5 h), a one-way
    // road b->d (30 km, no travel time: at the vehicle's speed), and a railway a-d (0.5 h).
    private const string Region = """
        name: Routing
        horizon: 1d
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: a, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
          - { id: b, location: { lat: 10.0, lon: 20.1 }, population: 1000 }
          - { id: c, location: { lat: 10.1, lon: 20.0 }, population: 1000 }
          - { id: d, location: { lat: 10.1, lon: 20.1 }, population: 1000 }
        depots:
          - { id: reserve, tier: national, location: { lat: 9.9, lon: 19.9 }, loading: 10 t/h, capacity: { water: 1000 L } }
        links:
          - { id: a-b, from: a, to: b, mode: road, length: 40 km, travel_time: 1h, repair_time: 2d, state: closed }
          - { id: a-c, from: a, to: c, mode: road, length: 60 km, travel_time: 2h, repair_time: 2d }
          - { id: c-b, from: c, to: b, mode: road, length: 50 km, travel_time: 1.5h, repair_time: 2d }
          - { id: b-d, from: b, to: d, mode: road, length: 30 km, one_way: true, repair_time: 2d }
          - { id: rail-a-d, from: a, to: d, mode: rail, length: 20 km, travel_time: 0.5h, repair_time: 2d }
          - { id: reserve-a, from: reserve, to: a, mode: road, length: 10 km, travel_time: 0.25h, repair_time: 2d }
        fleets:
          - { id: trucks, depot: reserve, mode: road, vehicles: 1, payload: 1 t, speed: 60 km/h }
        strategies:
          - { id: central, kind: centralised }
        """;

    private const double Speed = 60;

    private static RoadGraph Graph() => new(TestScenarios.Parse(Region).Network);

    private static int Node(RoadGraph graph, string id) => graph.IndexOf(new NodeId(id));

    [Fact]
    public void Nodes_are_the_cities_then_the_depots_with_a_location_of_their_own()
    {
        var graph = Graph();

        graph.NodeCount.ShouldBe(5);
        Node(graph, "a").ShouldBe(0);
        Node(graph, "d").ShouldBe(3);
        Node(graph, "reserve").ShouldBe(4);
    }

    [Fact]
    public void A_closed_direct_link_sends_the_path_round_the_open_detour_whose_hours_add_up()
    {
        var graph = Graph();

        var route = graph.FastestPath(Node(graph, "a"), Node(graph, "b"), LinkMode.Road, Speed).ShouldNotBeNull();

        route.Arcs.Select(arc => graph.LinkAt(graph.LinkOf(arc)).Id.Value).ShouldBe(["a-c", "c-b"]);
        route.Hours.ShouldBe(2 + 1.5);
        route.Kilometres.ShouldBe(60 + 50);
    }

    [Fact]
    public void Reopening_the_direct_link_makes_it_the_fastest_again()
    {
        var graph = Graph();
        graph.SetState(graph.IndexOf(new LinkId("a-b")), LinkState.Open);

        var route = graph.FastestPath(Node(graph, "a"), Node(graph, "b"), LinkMode.Road, Speed).ShouldNotBeNull();

        route.Hours.ShouldBe(1);
        route.Arcs.Length.ShouldBe(1);
    }

    [Fact]
    public void A_degraded_link_takes_its_hours_times_the_slowdown()
    {
        var graph = Graph();
        graph.SetState(graph.IndexOf(new LinkId("a-c")), LinkState.Degraded, slowdown: 3);

        // With a-b closed, c reaches a only over a-c: 2 h × 3.
        graph.FastestPath(Node(graph, "c"), Node(graph, "a"), LinkMode.Road, Speed)!.Hours.ShouldBe(2 * 3.0);
        // Degraded by the default factor of 2 the direct road (1 h -> 2 h) beats the slowed detour (6 h + 1.5 h).
        graph.SetState(graph.IndexOf(new LinkId("a-b")), LinkState.Degraded);
        graph.FastestPath(Node(graph, "a"), Node(graph, "b"), LinkMode.Road, Speed)!.Hours.ShouldBe(1 * RoadGraph.DefaultDegradedSlowdown);
    }

    [Fact]
    public void A_link_without_a_travel_time_takes_its_length_at_the_vehicles_speed()
    {
        var graph = Graph();

        var route = graph.FastestPath(Node(graph, "b"), Node(graph, "d"), LinkMode.Road, speedKmPerHour: 40).ShouldNotBeNull();

        route.Hours.ShouldBe(30.0 / 40); // 30 km at 40 km/h
    }

    [Fact]
    public void A_one_way_link_is_travelled_only_from_its_from_end()
    {
        var graph = Graph();

        graph.FastestPath(Node(graph, "b"), Node(graph, "d"), LinkMode.Road, Speed).ShouldNotBeNull();
        graph.FastestPath(Node(graph, "d"), Node(graph, "b"), LinkMode.Road, Speed).ShouldBeNull();
    }

    [Fact]
    public void Only_links_of_the_vehicles_mode_are_used()
    {
        var graph = Graph();

        graph.FastestPath(Node(graph, "a"), Node(graph, "d"), LinkMode.Rail, Speed)!.Hours.ShouldBe(0.5);
        graph.FastestPath(Node(graph, "d"), Node(graph, "a"), LinkMode.Rail, Speed)!.Hours.ShouldBe(0.5);
        // By road, d cannot be left at all (its only road is one-way in) and a reaches it only through b.
        graph.FastestPath(Node(graph, "d"), Node(graph, "a"), LinkMode.Road, Speed).ShouldBeNull();
        graph.FastestPath(Node(graph, "a"), Node(graph, "d"), LinkMode.Road, Speed)!.Hours.ShouldBe(2 + 1.5 + (30.0 / Speed));
    }

    [Fact]
    public void A_path_to_the_same_node_is_empty_and_takes_no_time()
    {
        var graph = Graph();

        var route = graph.FastestPath(Node(graph, "c"), Node(graph, "c"), LinkMode.Road, Speed).ShouldNotBeNull();

        route.Arcs.ShouldBeEmpty();
        route.Hours.ShouldBe(0);
    }

    [Fact]
    public void Equal_paths_are_broken_the_same_way_every_time()
    {
        var graph = Graph();
        graph.SetState(graph.IndexOf(new LinkId("a-b")), LinkState.Open);
        graph.SetState(graph.IndexOf(new LinkId("a-b")), LinkState.Degraded, slowdown: 3.5); // 3.5 h, as long as the detour

        var first = graph.FastestPath(Node(graph, "a"), Node(graph, "b"), LinkMode.Road, Speed)!;
        var again = graph.FastestPath(Node(graph, "a"), Node(graph, "b"), LinkMode.Road, Speed)!;

        first.Hours.ShouldBe(3.5);
        again.Arcs.ShouldBe(first.Arcs);
    }

    [Fact]
    public void A_path_kept_before_a_closure_is_not_used_after_it()
    {
        var graph = Graph();
        graph.SetState(graph.IndexOf(new LinkId("a-b")), LinkState.Open);
        graph.FastestPath(Node(graph, "a"), Node(graph, "b"), LinkMode.Road, Speed)!.Hours.ShouldBe(1); // direct, 1 h

        graph.SetState(graph.IndexOf(new LinkId("a-b")), LinkState.Closed);
        var detour = graph.FastestPath(Node(graph, "a"), Node(graph, "b"), LinkMode.Road, Speed).ShouldNotBeNull();

        detour.Arcs.Select(arc => graph.LinkAt(graph.LinkOf(arc)).Id.Value).ShouldBe(["a-c", "c-b"]);
        detour.Hours.ShouldBe(2 + 1.5);
    }

    [Fact]
    public void A_path_kept_while_a_target_was_cut_off_is_not_used_after_the_repair()
    {
        var graph = Graph();
        graph.SetState(graph.IndexOf(new LinkId("a-c")), LinkState.Closed);
        graph.SetState(graph.IndexOf(new LinkId("c-b")), LinkState.Closed);
        graph.FastestPath(Node(graph, "a"), Node(graph, "c"), LinkMode.Road, Speed).ShouldBeNull();

        graph.SetState(graph.IndexOf(new LinkId("a-c")), LinkState.Open);

        graph.FastestPath(Node(graph, "a"), Node(graph, "c"), LinkMode.Road, Speed)!.Hours.ShouldBe(2);
    }

    [Fact]
    public void A_path_asked_for_again_with_no_change_between_is_the_one_kept()
    {
        var graph = Graph();
        var first = graph.FastestPath(Node(graph, "a"), Node(graph, "b"), LinkMode.Road, Speed);

        graph.SetState(graph.IndexOf(new LinkId("a-b")), LinkState.Closed); // already closed: nothing changes

        graph.FastestPath(Node(graph, "a"), Node(graph, "b"), LinkMode.Road, Speed).ShouldBeSameAs(first);
    }

    [Fact]
    public void Kept_paths_for_another_speed_are_not_mixed_up()
    {
        var graph = Graph();

        // b -> d has no travel time: 30 km at the vehicle's speed.
        graph.FastestPath(Node(graph, "b"), Node(graph, "d"), LinkMode.Road, speedKmPerHour: 30)!.Hours.ShouldBe(1);
        graph.FastestPath(Node(graph, "b"), Node(graph, "d"), LinkMode.Road, speedKmPerHour: 60)!.Hours.ShouldBe(0.5);
    }

    [Fact]
    public void Paths_after_any_sequence_of_state_changes_match_a_graph_built_with_those_states()
    {
        // A kept path must be exactly what a fresh search would find: replay random changes on one
        // graph (asking for every path after each) and compare with a new graph set to the same states.
        var scenario = TestScenarios.Parse(Region);
        var graph = new RoadGraph(scenario.Network);
        var random = new Kernel.RandomStream(7, "routing-cache-test");
        LinkState[] states = [LinkState.Open, LinkState.Degraded, LinkState.Closed];
        var current = new (LinkState State, double Slowdown)[graph.LinkCount];
        for (var l = 0; l < graph.LinkCount; l++)
        {
            current[l] = (graph.StateOf(l), RoadGraph.DefaultDegradedSlowdown);
        }

        for (var change = 0; change < 200; change++)
        {
            var link = (int)(random.NextDouble() * graph.LinkCount);
            var state = states[(int)(random.NextDouble() * states.Length)];
            var slowdown = 1 + (random.NextDouble() * 3);
            graph.SetState(link, state, slowdown);
            current[link] = (state, slowdown);

            var fresh = new RoadGraph(scenario.Network);
            for (var l = 0; l < fresh.LinkCount; l++)
            {
                fresh.SetState(l, current[l].State, current[l].Slowdown);
            }

            for (var from = 0; from < graph.NodeCount; from++)
            {
                for (var to = 0; to < graph.NodeCount; to++)
                {
                    foreach (var mode in (LinkMode[])[LinkMode.Road, LinkMode.Rail])
                    {
                        var kept = graph.FastestPath(from, to, mode, Speed);
                        var expected = fresh.FastestPath(from, to, mode, Speed);
                        kept?.Arcs.ShouldBe(expected!.Arcs);
                        kept?.Hours.ShouldBe(expected!.Hours);
                        (kept is null).ShouldBe(expected is null);
                    }
                }
            }
        }
    }
}
