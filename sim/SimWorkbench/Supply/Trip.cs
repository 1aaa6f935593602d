using System.Collections;
using SimWorkbench.Kernel;
using SimWorkbench.Network;
using SimWorkbench.Network.Routing;
using SimWorkbench.Runs;

namespace SimWorkbench.Supply;

/// <summary>
/// A vehicle's round trip for one dispatch: wait for a vehicle of the fleet, load at the depot's
/// dock, drive the fastest open path, unload, drive back empty, give the vehicle back.
/// </summary>
/// <remarks>
/// <para>The path is chosen when the vehicle leaves the depot, loaded (the moment of dispatch for
/// the road), over the links' states then, and is then fixed. Each link's hours are taken as the
/// vehicle enters it, so a link degraded meanwhile slows it. A link of the path that is closed
/// when the vehicle reaches it holds the vehicle at its near end until it reopens (no re-routing,
/// no turning back): the simplest rule that moves nothing through a closed link. The way back is
/// the fastest open path when the vehicle leaves the city (with one-way links it may differ).</para>
/// <para>Unloading fills the city's pile up to its capacity; what does not fit rides back and is
/// put back into the depot's pile, so nothing is created or lost. Unloading takes no time in this
/// version. A load with no open path to the city when it leaves goes back into the depot at once;
/// a vehicle with no open path home stays in the city, out of service.</para>
/// <para>Hazards slow it: loading goes at the depot's loading factor now (damage, a hazard's
/// <c>loading_factor</c>), and the way out at the destination's distribution factor when the
/// vehicle leaves (each link's hours divided by it; the way back is not slowed).</para>
/// <para>A trip is one object that is its own process body: a hand-written state machine over the
/// steps above, so a trip allocates this object and the kernel's events it waits on, and no
/// iterator per leg. Tens of thousands of trips run in a metro run, so this matters.</para>
/// </remarks>
internal sealed class Trip : IEnumerable<Event>, IEnumerator<Event>
{
    private readonly SupplyWorld _world;
    private readonly int _fleet;
    private readonly int _city;
    private readonly int _commodity;
    private readonly double _units;
    private Step _step;
    private Event? _current;
    private Vehicle? _vehicle;
    private Request? _dock;
    private double _remainder;
    private Route? _route;
    private int _arc;
    private double _rate;
    private bool _returning;

    /// <summary>A trip that carries <paramref name="units"/> of a commodity from a fleet's depot to a city.</summary>
    /// <param name="world">The world.</param>
    /// <param name="fleet">The fleet's index.</param>
    /// <param name="city">The city's index.</param>
    /// <param name="commodity">The commodity's index.</param>
    /// <param name="units">The load, already taken from the depot's pile and counted in transit.</param>
    public Trip(SupplyWorld world, int fleet, int city, int commodity, double units)
    {
        _world = world;
        _fleet = fleet;
        _city = city;
        _commodity = commodity;
        _units = units;
    }

    private enum Step
    {
        Start,
        GotVehicle,
        Docked,
        Loaded,
        Driving,
        WaitingForLink,
        PutBack,
        Returned,
        Done,
    }

    /// <inheritdoc/>
    public Event Current => _current!;

    /// <inheritdoc/>
    object IEnumerator.Current => Current;

    /// <inheritdoc/>
    public IEnumerator<Event> GetEnumerator() => this;

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => this;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        var world = _world;
        var sim = world.Simulation;
        var pool = world.Fleets[_fleet];
        switch (_step)
        {
            case Step.Start:
                var get = pool.Vehicles.Get();
                world.LoadsWaiting[_fleet]++;
                return Yield(get, Step.GotVehicle);

            case Step.GotVehicle:
                world.LoadsWaiting[_fleet]--;
                _vehicle = ((StoreGet<Vehicle>)_current!).Item;
                _dock = world.Docks[pool.Depot].Request();
                return Yield(_dock, Step.Docked);

            case Step.Docked:
                return Load(sim, pool.Depot);

            case Step.Loaded:
                _dock!.Dispose();
                _dock = null;
                return LeaveDepot();

            case Step.Driving:
                return Drive(linkDriven: true);

            case Step.WaitingForLink:
                return Drive(linkDriven: false);

            case Step.PutBack:
                world.InTransit[_commodity] -= _remainder;
                return Yield(pool.Vehicles.Put(_vehicle!), Step.Returned);

            default:
                _step = Step.Done;
                _current = null;
                return false;
        }
    }

    /// <inheritdoc/>
    public void Reset() => throw new NotSupportedException("A trip runs once.");

    /// <summary>Releases the dock if the trip is stopped while it holds one.</summary>
    public void Dispose()
    {
        _dock?.Dispose();
        _dock = null;
    }

    private bool Yield(Event next, Step then)
    {
        _current = next;
        _step = then;
        return true;
    }

    /// <summary>Loads at the depot's rate now; a depot that has lost all its throughput loads nothing until it is repaired.</summary>
    private bool Load(Simulation sim, int depot)
    {
        var world = _world;
        var factor = world.LoadingFactor(depot);
        if (factor <= 0)
        {
            return Yield(sim.Timeout(world.DepotConditions.RepairedAt(depot) - sim.Now), Step.Docked);
        }

        var tonnes = _units * world.Commodities[_commodity].MassPerUnit.Kilograms / 1000;
        return Yield(sim.Timeout(tonnes / (world.Depots[depot].Loading.TonnesPerHour * factor)), Step.Loaded);
    }

    private bool LeaveDepot()
    {
        var world = _world;
        var vehicle = _vehicle!;
        _remainder = _units;
        _route = world.Graph.FastestPath(Home, There, vehicle.Mode, vehicle.SpeedKilometresPerHour);
        if (_route is null)
        {
            world.InTransitToCity[(_city * world.Commodities.Length) + _commodity] -= _units;
            return Return();
        }

        _arc = 0;
        _rate = world.DistributionFactor(_city);
        _returning = false;
        return Drive(linkDriven: false);
    }

    /// <summary>
    /// Drives the route link by link, waiting at a closed link until it reopens; each link's hours
    /// are divided by the trip's rate (the destination's distribution factor on the way out).
    /// </summary>
    /// <param name="linkDriven">True when resumed at the end of the current link; false at its start (leaving, or after waiting for it to reopen).</param>
    private bool Drive(bool linkDriven)
    {
        var world = _world;
        var graph = world.Graph;
        var arcs = _route!.Arcs;
        if (linkDriven)
        {
            var kilometres = graph.LinkAt(graph.LinkOf(arcs[_arc])).Length.Kilometres;
            world.VehicleKilometres += kilometres;
            world.FleetKilometres[_fleet] += kilometres;
            _arc++;
        }

        if (_arc < arcs.Length)
        {
            var arc = arcs[_arc];
            var link = graph.LinkOf(arc);
            return graph.StateOf(link) == LinkState.Closed
                ? Yield(world.Links.Reopening(link), Step.WaitingForLink)
                : Yield(world.Simulation.Timeout(graph.ArcHours(arc, _vehicle!.SpeedKilometresPerHour) / _rate), Step.Driving);
        }

        return _returning ? Return() : Unload();
    }

    /// <summary>At the city: unloads what fits, then sets off home by the fastest path open now.</summary>
    private bool Unload()
    {
        var world = _world;
        var k = world.Commodities.Length;
        var fits = Math.Min(_units, world.Piles.Room(_city, _commodity));
        if (fits > 0)
        {
            world.Piles.Add(_city, _commodity, fits);
            world.Deliveries.Add(new Delivery(world.Simulation.Now, world.Cities[_city].Id, world.Commodities[_commodity].Id, new(fits)));
            world.InTransit[_commodity] -= fits;
            _remainder -= fits;
        }

        world.InTransitToCity[(_city * k) + _commodity] -= _units;
        var vehicle = _vehicle!;
        if (world.Graph.FastestPath(There, Home, vehicle.Mode, vehicle.SpeedKilometresPerHour) is not { } back)
        {
            _step = Step.Done;
            _current = null;
            return false;
        }

        _route = back;
        _arc = 0;
        _rate = 1;
        _returning = true;
        return Drive(linkDriven: false);
    }

    /// <summary>Back at the depot (or never left): puts back what did not fit, then gives the vehicle back.</summary>
    private bool Return()
    {
        var world = _world;
        var pool = world.Fleets[_fleet];
        if (_remainder > 0)
        {
            return Yield(world.Piles.PutWhenRoom(world.DepotPile[pool.Depot], _commodity, _remainder), Step.PutBack);
        }

        return Yield(pool.Vehicles.Put(_vehicle!), Step.Returned);
    }

    private int Home => _world.PileNode[_world.DepotPile[_world.Fleets[_fleet].Depot]];

    private int There => _world.PileNode[_city];
}
