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
/// vehicle enters it, so a link degraded meanwhile slows it (a change at the very instant the
/// vehicle enters a link applies to it). A link of the path that is closed when the vehicle
/// reaches it holds the vehicle at its near end until it reopens (no re-routing, no turning back):
/// the simplest rule that moves nothing through a closed link. The way back is the fastest open
/// path when the vehicle leaves the city (with one-way links it may differ). A link's kilometres
/// count once the vehicle has driven all of it.</para>
/// <para>Unloading fills the city's pile up to its capacity; what does not fit rides back and is
/// put back into the depot's pile, so nothing is created or lost. Unloading takes no time in this
/// version. A load with no open path to the city when it leaves goes back into the depot at once;
/// a vehicle with no open path home stays in the city, out of service.</para>
/// <para>Hazards slow it: loading goes at the depot's loading factor now (damage, a hazard's
/// <c>loading_factor</c>), and the way out at the destination's distribution factor when the
/// vehicle leaves (each link's hours divided by it; the way back is not slowed).</para>
/// <para>A trip is one object that is its own process body: a hand-written state machine over the
/// steps above, so a trip allocates this object and the kernel's events it waits on, and no
/// iterator per leg, and a finished trip waits in its world's <see cref="SupplyWorld.IdleTrips"/> to
/// be the next one. Tens of thousands of trips run in a metro run, so this matters. For the same
/// reason a vehicle on the road waits on one timeout for the whole stretch it can drive with the
/// links' states as they are (to the end of the path, or to the near end of a closed link),
/// rather than one per link: <see cref="LinkStates"/> tells it when a link still ahead of it
/// changes, and it then plans the rest of the way again from the end of the link it is on, which
/// gives exactly the times of driving link by link.</para>
/// </remarks>
internal sealed class Trip : IEnumerable<Event>, IEnumerator<Event>
{
    private readonly SupplyWorld _world;
    private int _fleet;
    private int _city;
    private int _commodity;
    private double _units;
    private Step _step;
    private Event? _current;
    private Vehicle? _vehicle;
    private Request? _dock;

    // The dock request of this trip object's last trip, granted and released: the next trip at the
    // same depot asks with it again instead of allocating one (Resource.Request(reuse)).
    private Request? _spareDock;
    private double _remainder;
    private Process? _process;
    private Route? _route;
    private double _rate;
    private bool _returning;

    // The stretch of the route being driven: the vehicle enters arc _from at _fromTime and, with
    // the links' states as they are, reaches the end of arc _to - 1 at _arrival, where the route
    // ends or arc _to's link is closed. Arcs before _counted have had their kilometres counted.
    private int _from;
    private double _fromTime;
    private int _to;
    private double _arrival;
    private int _counted;
    private bool _replanning;

    /// <summary>Where this trip is in its world's list of vehicles on the road, or -1 when it is not on the road.</summary>
    internal int RoadSlot { get; set; } = -1;

    private Trip(SupplyWorld world) => _world = world;

    private enum Step
    {
        Start,
        GotVehicle,
        Docked,
        Loaded,
        Driving,
        WaitingForLink,
        PutBack,
        Done,
    }

    /// <summary>Starts a trip as a process of its world's simulation (one the kernel reuses when it ends).</summary>
    /// <param name="world">The world.</param>
    /// <param name="fleet">The fleet's index.</param>
    /// <param name="city">The city's index.</param>
    /// <param name="commodity">The commodity's index.</param>
    /// <param name="units">The load, already taken from the depot's pile and counted in transit.</param>
    public static void Start(SupplyWorld world, int fleet, int city, int commodity, double units)
    {
        if (!world.IdleTrips.TryPop(out var trip))
        {
            trip = new Trip(world);
        }

        trip._fleet = fleet;
        trip._city = city;
        trip._commodity = commodity;
        trip._units = units;
        trip._step = Step.Start;
        world.Simulation.Start(trip);
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
                _process = sim.ActiveProcess; // to be told when a link ahead changes; let go in Dispose
                if (pool.Vehicles.TryGet(out var free))
                {
                    return Dock(free);
                }

                world.LoadsWaiting[_fleet]++;
                return Yield(pool.Vehicles.Get(), Step.GotVehicle);

            case Step.GotVehicle:
                world.LoadsWaiting[_fleet]--;
                return Dock(((StoreGet<Vehicle>)_current!).Item);

            case Step.Docked:
                return Load(sim, pool.Depot);

            case Step.Loaded:
                _dock!.Dispose();
                _spareDock = _dock;
                _dock = null;
                return LeaveDepot();

            case Step.Driving:
                return _process!.HandleInterrupt(out _) ? Replan() : Arrive();

            case Step.WaitingForLink:
                return Drive(world.Simulation.Now);

            case Step.PutBack:
                world.InTransit[_commodity] -= _remainder;
                return GiveBackVehicle();

            default:
                _step = Step.Done;
                _current = null;
                return false;
        }
    }

    /// <inheritdoc/>
    public void Reset() => throw new NotSupportedException("A trip runs once.");

    /// <summary>The trip's process has finished: releases the dock if it stopped while holding one, and waits to be the next trip.</summary>
    public void Dispose()
    {
        _dock?.Dispose();
        _dock = null;
        _current = null;
        _vehicle = null;
        _route = null;
        _process = null;
        _world.IdleTrips.Push(this);
    }

    private bool Yield(Event next, Step then)
    {
        _current = next;
        _step = then;
        return true;
    }

    /// <summary>With a vehicle: waits for the depot's dock.</summary>
    private bool Dock(Vehicle vehicle)
    {
        _vehicle = vehicle;
        var docks = _world.Docks[_world.Fleets[_fleet].Depot];
        _dock = _spareDock is { } spare && ReferenceEquals(spare.Resource, docks) ? docks.Request(spare) : docks.Request();
        _spareDock = null;
        return Yield(_dock, Step.Docked);
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

        _rate = world.DistributionFactor(_city);
        _returning = false;
        return SetOff();
    }

    /// <summary>Starts a leg along <see cref="_route"/> now.</summary>
    private bool SetOff()
    {
        _from = 0;
        _counted = 0;
        return Drive(_world.Simulation.Now);
    }

    /// <summary>
    /// Drives on from the start of arc <see cref="_from"/>, entered at <paramref name="enter"/>:
    /// waits at its near end if its link is closed, otherwise plans the stretch to the route's end
    /// or the next closed link and waits until the vehicle gets there.
    /// </summary>
    private bool Drive(double enter)
    {
        var world = _world;
        var sim = world.Simulation;
        var arcs = _route!.Arcs;
        if (enter <= sim.Now)
        {
            if (_from == arcs.Length)
            {
                return _returning ? Return() : Unload();
            }

            var link = world.Graph.LinkOf(arcs[_from]);
            if (world.Graph.StateOf(link) == LinkState.Closed)
            {
                return Yield(world.Links.Reopening(link), Step.WaitingForLink);
            }
        }

        _fromTime = enter;
        _arrival = Plan(_from, enter, out _to);
        world.Links.Enter(this);
        return Yield(sim.Timeout(_arrival - sim.Now), Step.Driving);
    }

    /// <summary>The time the vehicle, entering arc <paramref name="from"/> at <paramref name="enter"/>, reaches the end of the route or the near end of the first closed link (its arc index in <paramref name="to"/>).</summary>
    private double Plan(int from, double enter, out int to)
    {
        var graph = _world.Graph;
        var arcs = _route!.Arcs;
        var time = enter;
        to = from;
        while (to < arcs.Length && graph.StateOf(graph.LinkOf(arcs[to])) != LinkState.Closed)
        {
            time += Hours(to);
            to++;
        }

        return time;
    }

    /// <summary>At the end of the stretch: counts its kilometres, then drives on (or waits at a closed link, or arrives).</summary>
    private bool Arrive()
    {
        var world = _world;
        world.Links.Leave(this);
        CountKilometres(_to);
        _from = _to;
        return Drive(world.Simulation.Now);
    }

    /// <summary>
    /// Called by <see cref="LinkStates"/> just before a link's state changes, while the vehicle is
    /// on the road. If the link is on this stretch, the stretch now starts at the end of the link
    /// being driven (whose hours were fixed on entering it); if the link is still ahead of that,
    /// the vehicle plans again from there.
    /// </summary>
    /// <param name="link">The link about to change.</param>
    /// <param name="now">The time now.</param>
    internal void LinkChanging(int link, double now)
    {
        if (now >= _arrival || !OnStretch(link, _from))
        {
            // At the end of the stretch at this very instant, it drives on with the states as they are then.
            return;
        }

        if (_fromTime < now)
        {
            // Find the arc being driven now, with the states that held since the plan was made
            // (the same sums as the plan, so it ends on the stretch).
            var end = _fromTime;
            var arc = _from;
            while (true)
            {
                end += Hours(arc);
                if (end >= now || arc == _to - 1)
                {
                    break;
                }

                arc++;
            }

            _from = arc + 1;
            _fromTime = end;
            if (!OnStretch(link, _from))
            {
                return;
            }
        }

        if (!_replanning)
        {
            _replanning = true;
            _process!.Interrupt();
        }
    }

    /// <summary>Whether a link is among the arcs from <paramref name="from"/> to the end of this stretch (the closed link that ends it included).</summary>
    private bool OnStretch(int link, int from)
    {
        var graph = _world.Graph;
        var arcs = _route!.Arcs;
        var last = Math.Min(_to, arcs.Length - 1);
        for (var a = from; a <= last; a++)
        {
            if (graph.LinkOf(arcs[a]) == link)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A link ahead changed: plans the stretch again from the end of the link being driven.</summary>
    private bool Replan()
    {
        _replanning = false;
        _world.Links.Leave(this);
        return Drive(_fromTime);
    }

    /// <summary>Counts the kilometres of the links the vehicle has driven all of by <paramref name="now"/>, while it is on the road.</summary>
    internal void CountDrivenBy(double now)
    {
        if (_fromTime > now)
        {
            // On the link before arc _from: the ones before it are driven.
            CountKilometres(_from - 1);
            return;
        }

        var time = _fromTime;
        var arc = _from;
        while (arc < _to)
        {
            time += Hours(arc);
            if (time > now)
            {
                break;
            }

            arc++;
        }

        CountKilometres(arc);
    }

    /// <summary>The hours to drive arc <paramref name="arc"/> of the route in its link's state now, at this trip's rate.</summary>
    private double Hours(int arc) => _world.Graph.ArcHours(_route!.Arcs[arc], _vehicle!.SpeedKilometresPerHour) / _rate;

    /// <summary>Counts the kilometres of the arcs driven up to arc <paramref name="upTo"/> (exclusive).</summary>
    private void CountKilometres(int upTo)
    {
        var world = _world;
        var graph = world.Graph;
        var arcs = _route!.Arcs;
        for (; _counted < upTo; _counted++)
        {
            var kilometres = graph.LinkAt(graph.LinkOf(arcs[_counted])).Length.Kilometres;
            world.VehicleKilometres += kilometres;
            world.FleetKilometres[_fleet] += kilometres;
        }
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
        _rate = 1;
        _returning = true;
        return SetOff();
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

        return GiveBackVehicle();
    }

    /// <summary>Gives the vehicle back to its fleet (whose store has room for all of it): the trip ends.</summary>
    private bool GiveBackVehicle()
    {
        if (!_world.Fleets[_fleet].Vehicles.TryPut(_vehicle!))
        {
            throw new InvalidOperationException($"Fleet '{_vehicle!.Fleet}' has no room for its own vehicle {_vehicle.Number}.");
        }

        _step = Step.Done;
        _current = null;
        return false;
    }

    private int Home => _world.PileNode[_world.DepotPile[_world.Fleets[_fleet].Depot]];

    private int There => _world.PileNode[_city];
}
