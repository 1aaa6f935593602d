using System.Diagnostics.CodeAnalysis;

namespace SimWorkbench.Kernel;

/// <summary>
/// Something that happens at an instant of simulated time. An event is pending until it is
/// triggered (it succeeds with a value or fails with an exception), which schedules it; it is
/// processed when the clock reaches it, and then every process waiting on it resumes and every
/// callback runs, in the order they were added.
/// </summary>
/// <remarks>
/// A failed event must be observed: by a process or condition waiting on it, or by setting
/// <see cref="Defused"/>. A failure that nothing observes makes <see cref="Simulation.Run()"/>
/// throw an <see cref="EventFailedException"/>, so nothing fails silently.
/// </remarks>
public class Event
{
    // The value, or the exception when the event failed: one field, as an event is one or the other.
    private object? _result;
    private EventState _state;
    private bool _failed;

    // The common case is one listener (the process that yielded the event), held directly; with
    // more than one, this holds a ListenerList.
    private object? _listener;

    /// <summary>Creates a pending event that the caller triggers with <see cref="Succeed"/> or <see cref="Fail"/>.</summary>
    /// <param name="simulation">The simulation the event belongs to.</param>
    public Event(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        Simulation = simulation;
    }

    /// <summary>The simulation this event belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>True once the event has succeeded or failed (it is then scheduled, or processed).</summary>
    public bool IsTriggered => _state != EventState.Pending;

    /// <summary>True once the clock has reached the event and its waiters have been resumed.</summary>
    public bool IsProcessed => _state == EventState.Processed;

    /// <summary>True if the event has been triggered and succeeded.</summary>
    public bool IsOk => _state != EventState.Pending && !_failed;

    /// <summary>The exception the event failed with, or null if it has not failed.</summary>
    public Exception? Error => _failed ? (Exception)_result! : null;

    /// <summary>
    /// The value the event succeeded with.
    /// </summary>
    /// <exception cref="InvalidOperationException">The event is still pending, or it failed (the failure is the inner exception).</exception>
    public object? Value
    {
        get
        {
            if (_state == EventState.Pending)
            {
                throw new InvalidOperationException($"{this} has no value yet: it has not been triggered.");
            }

            if (_failed)
            {
                throw new InvalidOperationException($"{this} failed and has no value; see the inner exception.", (Exception)_result!);
            }

            return _result;
        }
    }

    /// <summary>
    /// Set to true to declare a failure of this event handled, so that it does not stop the run
    /// even if no process or condition waits on it.
    /// </summary>
    public bool Defused { get; set; }

    /// <summary>False once anything but a single waiting process has hooked onto the event.</summary>
    internal bool Recyclable { get; set; }

    /// <summary>Set while <see cref="Simulation.Run(Event)"/> waits for this event, which then observes its failure.</summary>
    internal bool AwaitedByRun { get; set; }

    /// <summary>Recycled once processed if nothing listened to it: the processes of <see cref="Simulation.Start"/>.</summary>
    internal bool RecycledUnwatched { get; set; }

    /// <summary>Triggers the event as a success: it is processed at the current time.</summary>
    /// <param name="value">The value waiting processes receive.</param>
    /// <exception cref="InvalidOperationException">The event was already triggered.</exception>
    public void Succeed(object? value = null)
    {
        EnsureUserMayTrigger();
        TriggerSuccess(value);
    }

    /// <summary>Triggers the event as a failure: waiting processes learn of <paramref name="error"/> when it is processed.</summary>
    /// <param name="error">The failure.</param>
    /// <exception cref="InvalidOperationException">The event was already triggered.</exception>
    public void Fail(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        EnsureUserMayTrigger();
        TriggerFailure(error);
    }

    /// <summary>Adds a callback that runs when the event is processed, after the listeners added before it.</summary>
    /// <param name="callback">Receives this event.</param>
    /// <exception cref="InvalidOperationException">The event was already processed: the callback would never run.</exception>
    public void AddCallback(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddListener(callback);
    }

    /// <summary>Removes a callback added earlier.</summary>
    /// <param name="callback">The callback to remove.</param>
    /// <returns>True if the callback was registered and has been removed.</returns>
    public bool RemoveCallback(Action<Event> callback) => RemoveListener(callback);

    /// <summary>An event that succeeds when both events have succeeded.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns>A condition whose value holds both events' values.</returns>
    public static Condition operator &(Event left, Event right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Simulation.AllOf(left, right);
    }

    /// <summary>An event that succeeds when either event has succeeded.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns>A condition whose value holds the values of the events that fired.</returns>
    public static Condition operator |(Event left, Event right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Simulation.AnyOf(left, right);
    }

    /// <summary>Named alternative for <c>&amp;</c>.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns>A condition whose value holds both events' values.</returns>
    public static Condition BitwiseAnd(Event left, Event right) => left & right;

    /// <summary>Named alternative for <c>|</c>.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns>A condition whose value holds the values of the events that fired.</returns>
    public static Condition BitwiseOr(Event left, Event right) => left | right;

    /// <inheritdoc/>
    public override string ToString() => GetType().Name;

    internal object? RawValue => _failed ? null : _result;

    internal void TriggerSuccess(object? value, double delay = 0, EventPriority priority = EventPriority.Normal)
    {
        _result = value;
        _state = EventState.Triggered;
        Simulation.Schedule(this, delay, priority);
    }

    internal void TriggerFailure(Exception error)
    {
        _result = error;
        _failed = true;
        _state = EventState.Triggered;
        Simulation.Schedule(this, 0, EventPriority.Normal);
    }

    /// <summary>Registers a process that yielded or awaited this event directly.</summary>
    internal void AddWaitingProcess(Process process)
    {
        if (_listener is null)
        {
            _listener = process;
            return;
        }

        Recyclable = false;
        AddMore(process);
    }

    internal void AddListener(object listener)
    {
        if (_state == EventState.Processed)
        {
            throw new InvalidOperationException($"{this} has already been processed: a listener added now would never run.");
        }

        Recyclable = false;
        if (_listener is null)
        {
            _listener = listener;
        }
        else
        {
            AddMore(listener);
        }
    }

    internal bool RemoveListener(object listener)
    {
        if (ReferenceEquals(_listener, listener))
        {
            _listener = null;
            return true;
        }

        return _listener is ListenerList list && list.Remove(listener);
    }

    /// <summary>True if a process, condition or callback is waiting on this event.</summary>
    internal bool HasListeners => _listener is not null && (_listener is not ListenerList list || list.Count > 0);

    /// <summary>
    /// Called when the last process waiting on this event was interrupted and went elsewhere:
    /// requests, puts and gets leave their queues.
    /// </summary>
    internal virtual void OnAbandoned()
    {
    }

    /// <summary>Processes the event: marks it processed and notifies its listeners in order.</summary>
    /// <returns>
    /// True if the event may now be recycled: it was recyclable and exactly one process waited on
    /// it (an event nobody waited on may still be held by whoever made it, to be yielded later), or
    /// it is recycled unwatched and nothing listened to it.
    /// </returns>
    /// <exception cref="EventFailedException">The event failed and nothing observed the failure.</exception>
    internal bool Fire()
    {
        _state = EventState.Processed;
        var listener = _listener;
        if (listener is Process only)
        {
            var recyclable = Recyclable;
            _listener = null;
            if (!_failed)
            {
                // The hot path: one process waited and the event succeeded.
                only.Resume(this);
                return recyclable;
            }

            NotifyAll(listener);
            return recyclable;
        }

        if (listener is not null || _failed)
        {
            _listener = null;
            NotifyAll(listener);
            return false;
        }

        return RecycledUnwatched;
    }

    /// <summary>Notifies every listener in order, then throws if the event failed and none of them observed it.</summary>
    private void NotifyAll(object? listener)
    {
        var observed = Defused || AwaitedByRun;
        if (listener is ListenerList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                observed |= Notify(list[i]);
            }
        }
        else if (listener is not null)
        {
            observed |= Notify(listener);
        }

        if (_failed && !observed && !Defused)
        {
            throw new EventFailedException(this, Simulation.Now, (Exception)_result!, awaitedByRun: false);
        }
    }

    /// <summary>
    /// Returns a processed event that only its one waiting process ever saw to its pool
    /// (timeouts, container puts and gets): see <see cref="Kernel.Timeout"/>.
    /// </summary>
    internal virtual void Recycle()
    {
    }

    /// <summary>Returns a recycled event to its pending state.</summary>
    internal void ResetForReuse()
    {
        _result = null;
        _failed = false;
        _state = EventState.Pending;
        Defused = false;
        AwaitedByRun = false;
    }

    [DoesNotReturn]
    internal static void ThrowAlreadyTriggered(Event e) =>
        throw new InvalidOperationException($"{e} has already been triggered: an event succeeds or fails once.");

    private protected virtual void EnsureUserMayTrigger()
    {
        if (_state != EventState.Pending)
        {
            ThrowAlreadyTriggered(this);
        }
    }

    private bool Notify(object listener)
    {
        // Processes first: they are almost every listener, and the type test on a sealed class is one compare.
        if (listener is Process process)
        {
            process.Resume(this);
            return true;
        }

        if (listener is IEventListener internalListener)
        {
            internalListener.OnEventProcessed(this);
            return true;
        }

        ((Action<Event>)listener)(this);
        return Defused;
    }

    private void AddMore(object listener)
    {
        if (_listener is not ListenerList list)
        {
            list = new ListenerList(_listener!);
            _listener = list;
        }

        list.Add(listener);
    }

    private enum EventState : byte
    {
        Pending,
        Triggered,
        Processed,
    }
}
