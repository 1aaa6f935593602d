namespace SimWorkbench.Kernel;

/// <summary>
/// An interrupt: thrown to an async process at its <c>await</c>, and the failure of a process
/// that did not handle an interrupt.
/// </summary>
public sealed class InterruptException : Exception
{
    /// <summary>Creates the exception for an interrupt of a process.</summary>
    /// <param name="cause">The cause given to <see cref="Process.Interrupt"/>.</param>
    /// <param name="time">The simulated time of the interrupt, in hours.</param>
    /// <param name="processName">The interrupted process.</param>
    public InterruptException(object? cause, double time, string processName)
        : base($"Process '{processName}' was interrupted at t = {time:R} h (cause: {cause ?? "none"}) and did not handle it.")
    {
        Cause = cause;
        Time = time;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public InterruptException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public InterruptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no details.</summary>
    public InterruptException()
    {
    }

    /// <summary>The cause given to <see cref="Process.Interrupt"/>; a <see cref="Preempted"/> when a resource preempted the process.</summary>
    public object? Cause { get; }

    /// <summary>When the interrupt happened, in simulated hours.</summary>
    public double Time { get; }
}
