namespace SimWorkbench.Kernel;

/// <summary>Running the clock.</summary>
public sealed partial class Simulation
{
    /// <summary>Processes events until none are left.</summary>
    /// <exception cref="EventFailedException">An event failed and nothing observed the failure.</exception>
    public void Run()
    {
        while (_queue.Count > 0)
        {
            ProcessNext();
        }
    }

    /// <summary>
    /// Processes every event scheduled before <paramref name="until"/>, then sets the clock to it.
    /// Events at exactly <paramref name="until"/> stay scheduled for a later run.
    /// </summary>
    /// <param name="until">The time to stop at, in hours; not before <see cref="Now"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is before now, or NaN.</exception>
    /// <exception cref="EventFailedException">An event failed and nothing observed the failure.</exception>
    public void Run(double until)
    {
        if (!(until >= Now))
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, $"The run must stop at or after the current time ({Now:R} h).");
        }

        while (_queue.TryPopBefore(until, out var next, out var time))
        {
            Process(next, time);
        }

        Now = until;
    }

    /// <summary>Processes events until <paramref name="until"/> has been processed.</summary>
    /// <param name="until">The event to wait for, e.g. a process.</param>
    /// <exception cref="EventFailedException"><paramref name="until"/> failed (its failure is the inner exception), or another unobserved failure.</exception>
    /// <exception cref="InvalidOperationException">No events remain and <paramref name="until"/> can never be processed.</exception>
    public void Run(Event until)
    {
        ArgumentNullException.ThrowIfNull(until);
        if (!ReferenceEquals(until.Simulation, this))
        {
            throw new ArgumentException($"{until} belongs to another simulation.", nameof(until));
        }

        until.Recyclable = false;
        until.AwaitedByRun = true;
        try
        {
            while (!until.IsProcessed)
            {
                if (_queue.Count == 0)
                {
                    throw new InvalidOperationException($"No events are left at t = {Now:R} h and {until} has not been triggered: the run cannot reach it.");
                }

                ProcessNext();
            }
        }
        finally
        {
            until.AwaitedByRun = false;
        }

        if (until.Error is { } error)
        {
            throw new EventFailedException(until, Now, error, awaitedByRun: true);
        }
    }

    /// <summary>Processes the next event.</summary>
    /// <returns>False if there was no event to process.</returns>
    /// <exception cref="EventFailedException">The event failed and nothing observed the failure.</exception>
    public bool Step()
    {
        if (_queue.Count == 0)
        {
            return false;
        }

        ProcessNext();
        return true;
    }

    /// <summary>The time of the next event, or positive infinity if none is scheduled.</summary>
    /// <returns>Hours.</returns>
    public double Peek() => _queue.Count > 0 ? _queue.PeekTime : double.PositiveInfinity;

    private void ProcessNext()
    {
        var next = _queue.Pop(out var time);
        Process(next, time);
    }

    private void Process(Event next, double time)
    {
        Now = time;
        ProcessedEvents++;

        var recycle = next.Fire();
        EventProcessed?.Invoke(next);
        if (recycle)
        {
            if (next is Timeout timeout)
            {
                Recycle(timeout);
            }
            else
            {
                next.Recycle();
            }
        }
    }
}
