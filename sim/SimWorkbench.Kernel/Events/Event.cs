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
    private object? _value;
    private Exception? _error;
    private EventState _state;

    // The common case is one listener (the process that yielded the event): no list for it.
    private object? _listener;
    private object[]? _moreListeners;
    private int _moreCount;

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
    public bool IsOk => _state != EventState.Pending && _error is null;

    /// <summary>The exception the event failed with, or null if it has not failed.</summary>
    public Exception? Error => _error;

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

            if (_error is not null)
            {
                throw new InvalidOperationException($"{this} failed and has no value; see the inner exception.", _error);
            }

            return _value;
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

    /// <summary>Gets an awaiter so that an async process can <c>await</c> this event.</summary>
    /// <returns>An awaiter whose result is the event's value; it throws the event's failure, or an <see cref="InterruptException"/>.</returns>
    public EventAwaiter GetAwaiter() => new(this);

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

    internal object? RawValue => _value;

    internal void TriggerSuccess(object? value, double delay = 0, EventPriority priority = EventPriority.Normal)
    {
        _value = value;
        _state = EventState.Triggered;
        Simulation.Schedule(this, delay, priority);
    }

    internal void TriggerFailure(Exception error)
    {
        _error = error;
        _state = EventState.Triggered;
        Simulation.Schedule(this, 0, EventPriority.Normal);
    }

    /// <summary>Registers a process that yielded or awaited this event directly.</summary>
    internal void AddWaitingProcess(Process process)
    {
        if (_listener is null && _moreCount == 0)
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
        if (_listener is null && _moreCount == 0)
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

        for (var i = 0; i < _moreCount; i++)
        {
            if (ReferenceEquals(_moreListeners![i], listener))
            {
                Array.Copy(_moreListeners, i + 1, _moreListeners, i, _moreCount - i - 1);
                _moreListeners[--_moreCount] = null!;
                return true;
            }
        }

        return false;
    }

    /// <summary>True if a process, condition or callback is waiting on this event.</summary>
    internal bool HasListeners => _listener is not null || _moreCount > 0;

    /// <summary>
    /// Called when the last process waiting on this event was interrupted and went elsewhere:
    /// requests, puts and gets leave their queues.
    /// </summary>
    internal virtual void OnAbandoned()
    {
    }

    /// <summary>Processes the event: marks it processed and notifies its listeners in order.</summary>
    /// <exception cref="EventFailedException">The event failed and nothing observed the failure.</exception>
    internal void Fire()
    {
        _state = EventState.Processed;
        var observed = Defused || AwaitedByRun;
        var first = _listener;
        if (first is not null)
        {
            _listener = null;
            observed |= Notify(first);
        }

        if (_moreCount > 0)
        {
            var more = _moreListeners!;
            var count = _moreCount;
            _moreListeners = null;
            _moreCount = 0;
            for (var i = 0; i < count; i++)
            {
                observed |= Notify(more[i]);
            }
        }

        if (_error is not null && !observed && !Defused)
        {
            throw new EventFailedException(this, Simulation.Now, _error, awaitedByRun: false);
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
        _value = null;
        _error = null;
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
        if (_moreListeners is null)
        {
            _moreListeners = new object[2];
        }
        else if (_moreCount == _moreListeners.Length)
        {
            Array.Resize(ref _moreListeners, _moreCount * 2);
        }

        _moreListeners[_moreCount++] = listener;
    }

    private enum EventState : byte
    {
        Pending,
        Triggered,
        Processed,
    }
}
