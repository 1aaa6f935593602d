using SimWorkbench.Hazards;
using SimWorkbench.Kernel;
using SimWorkbench.Network;
using SimWorkbench.Network.Routing;

namespace SimWorkbench.Supply;

/// <summary>
/// Changes link states during a run and lets vehicles wait for a closed link to reopen. Hazards
/// close and degrade links through <see cref="Set"/>; a vehicle that finds the next link of its
/// route closed waits on <see cref="Reopening"/>. Every change of state after the start is
/// recorded in <see cref="Changes"/>. Vehicles driving a stretch of their route are told of a
/// change just before it is made (<see cref="Trip.LinkChanging"/>), so that they can plan again.
/// </summary>
internal sealed class LinkStates
{
    private readonly Simulation _simulation;
    private readonly Event?[] _reopening;
    private readonly double[] _repairedAt;
    private readonly List<Trip> _onTheRoad = [];

    public LinkStates(Simulation simulation, RoadGraph graph)
    {
        _simulation = simulation;
        Graph = graph;
        _reopening = new Event?[graph.LinkCount];
        _repairedAt = new double[graph.LinkCount];
    }

    /// <summary>The graph whose states this changes.</summary>
    public RoadGraph Graph { get; }

    /// <summary>Every change of a link's state so far, in time order (a damage that leaves the state as it was is not a change).</summary>
    public List<Runs.LinkStateChange> Changes { get; } = [];

    /// <summary>An event that succeeds when a link next stops being closed.</summary>
    /// <param name="link">The link's index.</param>
    /// <returns>The event, shared by every vehicle waiting for that link.</returns>
    public Event Reopening(int link) => _reopening[link] ??= _simulation.Event();

    /// <summary>Sets a link's state now, releasing the vehicles waiting for it if it is no longer closed.</summary>
    /// <param name="link">The link's index.</param>
    /// <param name="state">The new state.</param>
    /// <param name="slowdown">Travel time multiplier while degraded, at least 1.</param>
    /// <param name="cause">The hazard that set it, or null for a repair.</param>
    public void Set(int link, LinkState state, double slowdown = RoadGraph.DefaultDegradedSlowdown, HazardId? cause = null)
    {
        if (Graph.StateOf(link) != state)
        {
            Changes.Add(new Runs.LinkStateChange(_simulation.Now, Graph.LinkAt(link).Id, state, cause));
        }

        if (Graph.StateOf(link) != state || (state == LinkState.Degraded && Graph.SlowdownOf(link) != slowdown))
        {
            foreach (var trip in _onTheRoad)
            {
                trip.LinkChanging(link, _simulation.Now);
            }
        }

        Graph.SetState(link, state, slowdown);
        if (state != LinkState.Closed && _reopening[link] is { } reopened)
        {
            _reopening[link] = null;
            reopened.Succeed();
        }
    }

    /// <summary>A vehicle sets off on a stretch of its route.</summary>
    public void Enter(Trip trip)
    {
        trip.RoadSlot = _onTheRoad.Count;
        _onTheRoad.Add(trip);
    }

    /// <summary>A vehicle comes to the end of its stretch (or is about to plan it again).</summary>
    public void Leave(Trip trip)
    {
        var slot = trip.RoadSlot;
        var last = _onTheRoad[^1];
        _onTheRoad[slot] = last;
        last.RoadSlot = slot;
        _onTheRoad.RemoveAt(_onTheRoad.Count - 1);
        trip.RoadSlot = -1;
    }

    /// <summary>Counts the kilometres of the links the vehicles on the road have driven all of by now.</summary>
    public void CountDriven()
    {
        foreach (var trip in _onTheRoad)
        {
            trip.CountDrivenBy(_simulation.Now);
        }
    }

    /// <summary>
    /// Damages a link now and starts its repair: it opens its repair time from now. Damage never
    /// lightens a worse state (a closed link hit by a degrading hazard stays closed), and a link
    /// damaged again before it is repaired opens a repair time after the last damage.
    /// </summary>
    /// <param name="link">The link's index.</param>
    /// <param name="state">Closed or degraded.</param>
    /// <param name="slowdown">Travel time multiplier while degraded, at least 1.</param>
    /// <param name="cause">The hazard that damaged it.</param>
    public void Damage(int link, LinkState state, double slowdown, HazardId cause)
    {
        if (state == LinkState.Closed || Graph.StateOf(link) != LinkState.Closed)
        {
            Set(link, state, slowdown, cause);
        }

        var hours = Graph.LinkAt(link).RepairTime.Hours;
        _repairedAt[link] = _simulation.Now + hours;
        _simulation.Start(Repair(link, hours));
    }

    /// <summary>Starts the repairs of the links that begin the run degraded or closed: each opens after its repair time.</summary>
    public void RepairInitialDamage()
    {
        for (var l = 0; l < Graph.LinkCount; l++)
        {
            if (Graph.StateOf(l) != LinkState.Open)
            {
                _repairedAt[l] = _simulation.Now + Graph.LinkAt(l).RepairTime.Hours;
                _simulation.Start(Repair(l, Graph.LinkAt(l).RepairTime.Hours));
            }
        }
    }

    private IEnumerable<Event> Repair(int link, double hours)
    {
        yield return _simulation.Timeout(hours);

        // A later damage moved the repair on; its own repair opens the link.
        if (_simulation.Now >= _repairedAt[link])
        {
            Set(link, LinkState.Open, RoadGraph.DefaultDegradedSlowdown, cause: null);
        }
    }
}
