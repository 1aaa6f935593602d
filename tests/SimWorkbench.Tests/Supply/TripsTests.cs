using SimWorkbench.Kernel;
using SimWorkbench.Network;
using SimWorkbench.Network.Routing;
using SimWorkbench.Quantities;
using SimWorkbench.Strategies;
using SimWorkbench.Supply;

namespace SimWorkbench.Tests.Supply;

public sealed class TripsTests
{
    // A reserve, a town 1.5 h away by road and a farm 1 h beyond it; an island no link reaches.
    // The reserve loads 10 t/h and has one 5 t truck.
    private const string OneRoad = """
        name: One road
        horizon: 2d
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
          - { id: farm, location: { lat: 10.0, lon: 19.5 }, population: 1000 }
          - { id: island, location: { lat: 11.0, lon: 21.0 }, population: 1000 }
        depots:
          - { id: reserve, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 10 t/h, capacity: { water: 100000 L } }
          - { id: local-town, tier: local, city: town, loading: 10 t/h, capacity: { water: 1500 L } }
        links:
          - { id: road, from: reserve, to: town, mode: road, length: 60 km, travel_time: 1.5h, repair_time: 2d }
          - { id: lane, from: town, to: farm, mode: road, length: 20 km, travel_time: 1h, repair_time: 2d }
        fleets:
          - { id: truck, depot: reserve, mode: road, vehicles: 1, payload: 5 t, speed: 40 km/h }
        strategies:
          - { id: central, kind: centralised, stock: { reserve: { water: 100000 L } } }
        """;

    /// <summary>Sends the given loads at t = 0 and nothing after.</summary>
    private sealed class Once(params Dispatch[] dispatches) : ISupplyStrategy
    {
        private bool _sent;

        public IEnumerable<Dispatch> Allocate(SupplySituation situation)
        {
            if (_sent)
            {
                return [];
            }

            _sent = true;
            return dispatches;
        }
    }

    private static SupplyWorld World(params Dispatch[] dispatches)
    {
        var scenario = TestScenarios.Parse(OneRoad);
        return new SupplyWorld(scenario, scenario.Strategies[0], seed: 1, new Once(dispatches));
    }

    private static Dispatch Water(string to, double litres) => new(new FleetId("truck"), new CityId(to), new("water"), new Amount(litres));

    [Fact]
    public void A_vehicle_that_finds_its_link_closed_waits_at_it_until_it_reopens()
    {
        var world = World(Water("farm", 1000));
        var lane = world.Graph.IndexOf(new LinkId("lane"));
        world.Start();
        world.Simulation.Process(CloseThenReopen());

        world.Simulation.Run(until: 24);

        // Loading 1 t at 10 t/h ends at 0.1 h, and the truck sets off over road and lane. The lane
        // closes at 0.5 h, while the truck is on the road; it reaches the lane at 1.6 h and waits
        // there until the lane reopens at 5 h; then the lane's 1 h.
        world.Deliveries.ShouldHaveSingleItem().TimeHours.ShouldBe(5 + 1, tolerance: 1e-12);
        world.VehicleKilometres.ShouldBe(2 * (60 + 20));

        IEnumerable<Event> CloseThenReopen()
        {
            yield return world.Simulation.Timeout(0.5);
            world.Links.Set(lane, LinkState.Closed);
            yield return world.Simulation.Timeout(5 - 0.5);
            world.Links.Set(lane, LinkState.Open);
        }
    }

    [Fact]
    public void A_link_degraded_before_the_vehicle_enters_it_slows_the_trip_by_its_factor()
    {
        var world = World(Water("town", 1000));
        world.Links.Set(world.Graph.IndexOf(new LinkId("road")), LinkState.Degraded, slowdown: 2.5);
        world.Start();

        world.Simulation.Run(until: 24);

        world.Deliveries.ShouldHaveSingleItem().TimeHours.ShouldBe(0.1 + (1.5 * 2.5), tolerance: 1e-12);
    }

    [Theory]
    [InlineData("lane", 2.0, 0.1 + 1.5 + 2.0)] // ahead: the truck is on the road at 0.5 h, the lane takes it 2 h
    [InlineData("road", 2.0, 0.1 + 1.5 + 1.0)] // the road it is on: its hours were fixed when it entered it
    public void A_link_degraded_while_the_vehicle_is_on_the_road_slows_it_only_from_the_next_link_it_enters(string link, double slowdown, double delivered)
    {
        var world = World(Water("farm", 1000));
        var degraded = world.Graph.IndexOf(new LinkId(link));
        world.Start();
        world.Simulation.Process(DegradeAt(0.5));

        world.Simulation.Run(until: 24);

        world.Deliveries.ShouldHaveSingleItem().TimeHours.ShouldBe(delivered, tolerance: 1e-12);

        IEnumerable<Event> DegradeAt(double time)
        {
            yield return world.Simulation.Timeout(time);
            world.Links.Set(degraded, LinkState.Degraded, slowdown);
        }
    }

    [Fact]
    public void A_link_ahead_that_closes_and_reopens_before_the_vehicle_reaches_it_does_not_hold_it_and_its_new_state_counts()
    {
        var world = World(Water("farm", 1000));
        var lane = world.Graph.IndexOf(new LinkId("lane"));
        world.Start();
        world.Simulation.Process(CloseForAWhile());

        world.Simulation.Run(until: 24);

        // It reopens degraded at 1 h; the truck enters it at 1.6 h and takes 3 × 1 h.
        world.Deliveries.ShouldHaveSingleItem().TimeHours.ShouldBe(0.1 + 1.5 + 3.0, tolerance: 1e-12);

        IEnumerable<Event> CloseForAWhile()
        {
            yield return world.Simulation.Timeout(0.5);
            world.Links.Set(lane, LinkState.Closed);
            yield return world.Simulation.Timeout(0.5);
            world.Links.Set(lane, LinkState.Degraded, slowdown: 3);
        }
    }

    [Theory]
    [InlineData(1.0, 0)] // on the road
    [InlineData(2.0, 60)] // on the lane: the road is driven
    [InlineData(2.7, 80)] // unloaded at 2.6 h and on the lane again, back
    [InlineData(4.0, 100)] // on the road back, the lane driven at 3.6 h
    public void A_links_kilometres_count_once_the_vehicle_has_driven_all_of_it(double until, double kilometres)
    {
        var world = World(Water("farm", 1000));
        world.Start();

        world.Simulation.Run(until);
        var outcome = SimWorkbench.Runs.SupplyRun.Outcome(world, replication: 0, seed: 1);

        outcome.VehicleKilometres.ShouldBe(kilometres, tolerance: 1e-9);
        world.Simulation.Run(until: 24);
        SimWorkbench.Runs.SupplyRun.Outcome(world, replication: 0, seed: 1).VehicleKilometres.ShouldBe(2 * (60 + 20), tolerance: 1e-9);
    }

    [Fact]
    public void What_does_not_fit_in_the_city_rides_back_to_the_depot_and_nothing_is_lost()
    {
        // The town's local depot holds at most 1,500 L; the truck brings 2,000 L at 0.2 + 1.5 h.
        var world = World(Water("town", 2000));
        world.Start();

        world.Simulation.Run(until: 1.8);
        var townAfterUnloading = world.Piles.Level(0, 0);
        world.Simulation.Run(until: 24);

        world.Deliveries.ShouldHaveSingleItem().Amount.Units.ShouldBe(1500);
        townAfterUnloading.ShouldBe(1500); // unloaded at 1.7 h; the town next draws at 2 h
        // The 500 L that did not fit are back at the reserve after the 1.5 h return.
        var reserve = world.DepotPile[world.DepotIndex(new DepotId("reserve"))];
        world.Piles.Level(reserve, 0).ShouldBe(100_000 - 2000 + 500, tolerance: 1e-9);
        world.InTransit[0].ShouldBe(0, tolerance: 1e-9);
    }

    [Fact]
    public void A_load_for_a_city_no_open_path_reaches_goes_back_into_the_depot()
    {
        var world = World(Water("island", 1000));
        world.Start();

        world.Simulation.Run(until: 24);

        world.Deliveries.ShouldBeEmpty();
        world.Piles.Level(world.DepotPile[world.DepotIndex(new DepotId("reserve"))], 0).ShouldBe(100_000);
        world.InTransit[0].ShouldBe(0);
        world.VehicleKilometres.ShouldBe(0);
    }

    [Fact]
    public void A_dispatch_larger_than_a_vehicle_stops_the_run_and_says_so()
    {
        var world = World(Water("town", 6000)); // 6 t on a 5 t truck
        world.Start();

        var error = Should.Throw<EventFailedException>(() => world.Simulation.Run(until: 1));

        error.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("split it into vehicle loads");
    }

    [Fact]
    public void The_graph_starts_with_the_scenarios_link_states()
    {
        var world = World();

        world.Graph.StateOf(world.Graph.IndexOf(new LinkId("road"))).ShouldBe(LinkState.Open);
        RoadGraph.DefaultDegradedSlowdown.ShouldBe(2);
    }
}
