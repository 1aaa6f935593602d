using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace SimWorkbench.Kernel;

/// <summary>
/// Lets an async process <c>await</c> an event. The result is the event's value; a failed event
/// throws its exception, and an interrupt throws an <see cref="InterruptException"/>.
/// </summary>
public readonly struct EventAwaiter : ICriticalNotifyCompletion
{
    private readonly Event _event;

    internal EventAwaiter(Event awaited) => _event = awaited;

    /// <summary>True once the event has been processed: the await continues without waiting.</summary>
    public bool IsCompleted => _event.IsProcessed;

    /// <summary>Registers the async process's continuation; it runs when the event is processed.</summary>
    /// <param name="continuation">The rest of the async body.</param>
    /// <exception cref="InvalidOperationException">Awaited outside an async process of this event's simulation.</exception>
    public void OnCompleted(Action continuation) => UnsafeOnCompleted(continuation);

    /// <inheritdoc cref="OnCompleted"/>
    public void UnsafeOnCompleted(Action continuation)
    {
        var process = _event.Simulation.ActiveProcess
            ?? throw new InvalidOperationException(
                $"{_event} was awaited outside a process; await simulation events only inside a process started with Simulation.Process(async () => …).");
        if (_event is ProcessExit)
        {
            throw new InvalidOperationException("Simulation.Exit is for iterator processes; an async process returns its result.");
        }

        process.Await(_event, continuation);
    }

    /// <summary>The event's value, once processed.</summary>
    /// <returns>The value the event succeeded with.</returns>
    /// <exception cref="InterruptException">The awaiting process was interrupted.</exception>
    public object? GetResult()
    {
        var process = _event.Simulation.ActiveProcess;
        if (process is not null && process.TakeInterrupt(out var cause))
        {
            throw new InterruptException(cause, _event.Simulation.Now, process.Name);
        }

        if (_event.Error is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return _event.RawValue;
    }
}
