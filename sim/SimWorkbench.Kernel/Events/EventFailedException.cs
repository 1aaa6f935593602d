namespace SimWorkbench.Kernel;

/// <summary>
/// Thrown by <see cref="Simulation.Run()"/> and <see cref="Simulation.Step"/> when an event failed
/// and nothing observed the failure, and by <see cref="Simulation.Run(Event)"/> when the event it
/// waited for failed. The original exception is the inner exception.
/// </summary>
public sealed class EventFailedException : Exception
{
    internal EventFailedException(Event failed, double time, Exception error, bool awaitedByRun)
        : base(awaitedByRun
            ? $"{failed} failed at t = {time:R} h: {error.Message}"
            : $"{failed} failed at t = {time:R} h and nothing waited on it: {error.Message}", error)
    {
        FailedEvent = failed;
        Time = time;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public EventFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The original failure.</param>
    public EventFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no details.</summary>
    public EventFailedException()
    {
    }

    /// <summary>The event that failed, or null when constructed without one.</summary>
    public Event? FailedEvent { get; }

    /// <summary>When it failed, in simulated hours.</summary>
    public double Time { get; }
}
