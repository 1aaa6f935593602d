namespace SimWorkbench.Kernel;

/// <summary>
/// A resource with a fixed number of identical units (loading bays, crews): a request waits in
/// first-come order until a unit is free, holds it, and gives it back when released.
/// </summary>
public class Resource
{
    private readonly RequestQueue _queue = new();
    private readonly List<Request> _users;
    private ulong _order;
    private double _busyUnitHours;
    private double _lastChange;

    /// <summary>Creates a resource.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="capacity">The number of units; at least 1.</param>
    public Resource(Simulation simulation, int capacity)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Simulation = simulation;
        Capacity = capacity;
        _users = new List<Request>(Math.Min(capacity, 64));
    }

    /// <summary>The simulation.</summary>
    public Simulation Simulation { get; }

    /// <summary>The number of units.</summary>
    public int Capacity { get; }

    /// <summary>The number of units in use.</summary>
    public int Count => _users.Count;

    /// <summary>The number of requests waiting.</summary>
    public int QueueLength => _queue.Count;

    /// <summary>The requests holding units, in the order they were granted.</summary>
    public IReadOnlyList<Request> Users => _users;

    /// <summary>The waiting requests, in the order they will be served.</summary>
    public IReadOnlyList<Request> Queue => _queue.ToSortedList();

    /// <summary>Unit-hours of use so far (units in use integrated over time): utilisation is this over capacity × elapsed hours.</summary>
    public double BusyUnitHours => _busyUnitHours + (_users.Count * (Simulation.Now - _lastChange));

    /// <summary>Requests one unit.</summary>
    /// <returns>The request: an event that succeeds when the unit is granted.</returns>
    public Request Request() => Enqueue(0, preempt: false);

    /// <summary>
    /// Requests one unit again with a request of this resource that is finished with: granted,
    /// processed and released. The same object comes back as a new request, as <see cref="Request()"/>
    /// would make it; whoever held it must not use it as the old one any more. A model that
    /// requests in a loop (a trip docking at depot after depot) saves an allocation each time.
    /// </summary>
    /// <param name="reuse">The finished request.</param>
    /// <returns><paramref name="reuse"/>, waiting or granted.</returns>
    /// <exception cref="ArgumentException">The request belongs to another resource.</exception>
    /// <exception cref="InvalidOperationException">The request is not finished: still waiting, holding its unit, preempted, or released before it was processed.</exception>
    public Request Request(Request reuse)
    {
        ArgumentNullException.ThrowIfNull(reuse);
        if (!ReferenceEquals(reuse.Resource, this))
        {
            throw new ArgumentException($"{reuse} belongs to another resource and cannot be used again here.", nameof(reuse));
        }

        if (reuse.Status != RequestStatus.Released || !reuse.IsProcessed)
        {
            throw new InvalidOperationException($"{reuse} is not finished with: only a request that was granted, processed and released can be used again.");
        }

        reuse.Renew(0, preempt: false, _order++);
        return Admit(reuse);
    }

    /// <summary>
    /// Gives back the unit a request holds, or withdraws a request still waiting. Releasing a
    /// preempted request does nothing (its unit was already taken).
    /// </summary>
    /// <param name="request">A request made on this resource.</param>
    /// <exception cref="ArgumentException">The request belongs to another resource.</exception>
    /// <exception cref="InvalidOperationException">The request was already released.</exception>
    public void Release(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ReferenceEquals(request.Resource, this))
        {
            throw new ArgumentException($"{request} belongs to another resource and cannot be released here.", nameof(request));
        }

        switch (request.Status)
        {
            case RequestStatus.Waiting:
                request.Status = RequestStatus.Released;
                _queue.Forget();
                break;
            case RequestStatus.Granted:
                RemoveUser(request);
                request.Status = RequestStatus.Released;
                GrantWaiting();
                break;
            case RequestStatus.Released:
                throw new InvalidOperationException($"{request} was already released: a request is released once.");
            case RequestStatus.Preempted:
                break;
        }
    }

    private protected Request Enqueue(int priority, bool preempt) => Admit(new Request(this, priority, preempt, _order++));

    private Request Admit(Request request)
    {
        if (request.Preempt && _users.Count >= Capacity)
        {
            TryPreempt(request);
        }

        if (_queue.Count == 0 && _users.Count < Capacity)
        {
            // Nobody waits ahead and a unit is free: granted at once, without queueing.
            Grant(request);
            return request;
        }

        _queue.Add(request);
        GrantWaiting();
        return request;
    }

    private void TryPreempt(Request request)
    {
        // The victim is the user served last: the lowest priority, and among equals the latest request.
        var victim = _users[0];
        foreach (var user in _users)
        {
            if (user.Priority > victim.Priority || (user.Priority == victim.Priority && user.Order > victim.Order))
            {
                victim = user;
            }
        }

        if (request.Priority >= victim.Priority)
        {
            return;
        }

        RemoveUser(victim);
        victim.Status = RequestStatus.Preempted;
        var owner = victim.Owner;
        if (owner is { IsAlive: true } && !ReferenceEquals(owner, Simulation.ActiveProcess))
        {
            owner.Interrupt(new Preempted(request.Owner, request, Simulation.Now, victim.GrantedAt));
        }
    }

    private void GrantWaiting()
    {
        while (_users.Count < Capacity && _queue.TryDequeue(out var next))
        {
            Grant(next);
        }
    }

    private void Grant(Request request)
    {
        AccountUse();
        _users.Add(request);
        request.Status = RequestStatus.Granted;
        request.GrantedAt = Simulation.Now;
        request.TriggerSuccess(null);
    }

    private void RemoveUser(Request request)
    {
        AccountUse();
        for (var i = 0; i < _users.Count; i++)
        {
            if (ReferenceEquals(_users[i], request))
            {
                _users.RemoveAt(i);
                return;
            }
        }
    }

    private void AccountUse()
    {
        var now = Simulation.Now;
        _busyUnitHours += _users.Count * (now - _lastChange);
        _lastChange = now;
    }
}
