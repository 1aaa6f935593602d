using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace SimWorkbench.Kernel.Async;

/// <summary>
/// Lets an async process <c>await</c> an event. The result is the event's value; a failed event
/// throws its exception, and an interrupt throws an <see cref="InterruptException"/>.
/// </summary>
/// <remarks>
/// Awaiting outside an async process of the event's simulation (in an iterator process, in no
/// process, or awaiting <see cref="Simulation.Exit"/>) does not suspend: the <c>await</c> throws
/// an <see cref="InvalidOperationException"/> in the body that wrote it.
/// </remarks>
public readonly struct EventAwaiter : ICriticalNotifyCompletion
{
    private readonly Event _event;

    internal EventAwaiter(Event awaited) => _event = awaited;

    /// <summary>True once the event has been processed (or if this await cannot suspend, so that it throws at once).</summary>
    public bool IsCompleted => _event.IsProcessed || !CanSuspend();

    /// <summary>Registers the async process's continuation; it runs when the event is processed.</summary>
    /// <param name="continuation">The rest of the async body.</param>
    public void OnCompleted(Action continuation) => UnsafeOnCompleted(continuation);

    /// <inheritdoc cref="OnCompleted"/>
    public void UnsafeOnCompleted(Action continuation) =>
        _event.Simulation.ActiveProcess!.Await(_event, continuation);

    /// <summary>The event's value, once processed.</summary>
    /// <returns>The value the event succeeded with.</returns>
    /// <exception cref="InterruptException">The awaiting process was interrupted.</exception>
    /// <exception cref="InvalidOperationException">The await was not in an async process of the event's simulation.</exception>
    public object? GetResult()
    {
        var simulation = _event.Simulation;
        var process = simulation.ActiveProcess;
        if (process is not null && process.TakeInterrupt(out var cause))
        {
            throw new InterruptException(cause, simulation.Now, process.Name);
        }

        if (!_event.IsProcessed)
        {
            throw new InvalidOperationException(MisuseMessage(process));
        }

        if (_event.Error is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return _event.RawValue;
    }

    private bool CanSuspend() =>
        _event.Simulation.ActiveProcess is { IsAsync: true } && _event is not ProcessExit;

    private string MisuseMessage(Process? process) => (process, _event) switch
    {
        (_, ProcessExit) => "Simulation.Exit is for iterator processes; an async process returns its result.",
        (null, _) => $"{_event} was awaited outside a process of its simulation; await simulation events only inside a process started with Simulation.Process(async () => …) on the same simulation.",
        _ => $"{process} is an iterator process: it yields events rather than awaiting them.",
    };
}
