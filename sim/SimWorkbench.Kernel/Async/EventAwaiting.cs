namespace SimWorkbench.Kernel.Async;

/// <summary>
/// Makes events awaitable, for processes written as async methods. It lives in its own namespace
/// so that code which only yields events (most models) does not see every event as a task: with
/// this namespace imported, starting a process without awaiting it in an async method warns
/// (CS4014), and <c>_ = sim.Process(…)</c> says that is intended.
/// </summary>
public static class EventAwaiting
{
    /// <summary>Gets an awaiter so that an async process can <c>await</c> <paramref name="awaited"/>.</summary>
    /// <param name="awaited">The event.</param>
    /// <returns>An awaiter whose result is the event's value; it throws the event's failure, or an <see cref="InterruptException"/>.</returns>
    public static EventAwaiter GetAwaiter(this Event awaited)
    {
        ArgumentNullException.ThrowIfNull(awaited);
        return new EventAwaiter(awaited);
    }
}
