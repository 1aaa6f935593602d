namespace SimWorkbench.Kernel;

/// <summary>
/// A claim on one unit of a <see cref="Resource"/>: an event that succeeds when the unit is granted.
/// Dispose it (a <c>using</c> in the process body) to release the unit, or to leave the queue if it
/// was never granted.
/// </summary>
public sealed class Request : Event, IDisposable
{
    internal Request(Resource resource, int priority, bool preempt, ulong order)
        : base(resource.Simulation)
    {
        Resource = resource;
        Begin(priority, preempt, order);
    }

    /// <summary>The resource requested.</summary>
    public Resource Resource { get; }

    /// <summary>The process that made the request, or null if it was made outside a process.</summary>
    public Process? Owner { get; private set; }

    /// <summary>The priority: lower numbers are served first (0 on a plain <see cref="Kernel.Resource"/>).</summary>
    public int Priority { get; private set; }

    /// <summary>True if the request may take a unit from a user of lower priority (<see cref="PreemptiveResource"/> only).</summary>
    public bool Preempt { get; private set; }

    /// <summary>When the request was made, in hours.</summary>
    public double RequestedAt { get; private set; }

    /// <summary>When the unit was granted, in hours, or NaN while waiting.</summary>
    public double GrantedAt { get; internal set; } = double.NaN;

    /// <summary>Where the request stands.</summary>
    public RequestStatus Status { get; internal set; }

    internal ulong Order { get; private set; }

    /// <summary>Makes a finished request (released and processed) a new, waiting one, as if just made.</summary>
    internal void Renew(int priority, bool preempt, ulong order)
    {
        ResetForReuse();
        Begin(priority, preempt, order);
    }

    /// <summary>Releases the unit, or withdraws the request if it is still waiting; does nothing if already released or preempted.</summary>
    public void Dispose()
    {
        if (Status is RequestStatus.Waiting or RequestStatus.Granted)
        {
            Resource.Release(this);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"Request(priority {Priority}, {Status})";

    internal override void OnAbandoned()
    {
        // Only a request still waiting is withdrawn; one granted at that very instant stays
        // granted (its process sees Status == Granted, and its using block releases it).
        if (Status == RequestStatus.Waiting)
        {
            Resource.Release(this);
        }
    }

    /// <summary>What a request is when just made: waiting, by the active process, now.</summary>
    private void Begin(int priority, bool preempt, ulong order)
    {
        Priority = priority;
        Preempt = preempt;
        Order = order;
        Owner = Resource.Simulation.ActiveProcess;
        RequestedAt = Resource.Simulation.Now;
        GrantedAt = double.NaN;
        Status = RequestStatus.Waiting;
    }

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException("A request is granted by its resource; it cannot be triggered by hand.");
}
