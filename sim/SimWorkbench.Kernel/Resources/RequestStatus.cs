namespace SimWorkbench.Kernel;

/// <summary>Where a <see cref="Request"/> stands with its resource.</summary>
public enum RequestStatus
{
    /// <summary>In the resource's queue, waiting for a free unit.</summary>
    Waiting,

    /// <summary>Holding a unit of the resource.</summary>
    Granted,

    /// <summary>Released after use, or withdrawn from the queue before it was granted.</summary>
    Released,

    /// <summary>Taken away by a request of higher priority on a <see cref="PreemptiveResource"/>.</summary>
    Preempted,
}
