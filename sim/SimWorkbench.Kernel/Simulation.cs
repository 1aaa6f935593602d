using SimWorkbench.Kernel.Scheduling;

namespace SimWorkbench.Kernel;

/// <summary>
/// A discrete-event simulation: a clock in hours, the events scheduled on it, the processes
/// that wait on them, and named random streams derived from one seed.
/// </summary>
/// <remarks>
/// Events are processed in order of (time, priority, order of scheduling), so equal times are
/// first in, first out and every run of the same model with the same seed is identical. A
/// simulation is not thread-safe; run independent replications in independent simulations.
/// </remarks>
public sealed partial class Simulation
{
    private readonly EventQueue _queue = new();
    private readonly Dictionary<string, RandomStream> _streams = new(StringComparer.Ordinal);
    private Timeout[] _spareTimeouts = new Timeout[64];
    private int _spareCount;
    private readonly Stack<Process> _spareProcesses = new();
    private ulong _sequence;
    private long _processNumber;
    private ProcessSynchronizationContext? _processContext;

    /// <summary>Creates a simulation at time zero.</summary>
    /// <param name="seed">The master seed from which every named random stream is derived.</param>
    public Simulation(ulong seed) => Seed = seed;

    /// <summary>The master seed.</summary>
    public ulong Seed { get; }

    /// <summary>The current simulated time, in hours.</summary>
    public double Now { get; private set; }

    /// <summary>The synchronization context async bodies run under, to catch awaits of foreign tasks.</summary>
    internal ProcessSynchronizationContext ProcessContext => _processContext ??= new(Environment.CurrentManagedThreadId);

    /// <summary>The process whose body is running, or null between processes.</summary>
    public Process? ActiveProcess { get; internal set; }

    /// <summary>How many events have been processed so far.</summary>
    public long ProcessedEvents { get; private set; }

    /// <summary>
    /// Raised after each event is processed, with that event: for traces and monitors. Costs one
    /// null test per event when nothing subscribes. A recycled timeout is passed before it is reused.
    /// </summary>
    public event Action<Event>? EventProcessed;

    /// <summary>Starts an iterator process: its body runs from the current time, before the normal events of this instant.</summary>
    /// <param name="body">The body, an iterator that yields events to wait on.</param>
    /// <param name="name">A name for traces and messages; numbered if omitted.</param>
    /// <returns>The process, an event that succeeds when the body ends.</returns>
    public Process Process(IEnumerable<Event> body, string? name = null) =>
        new(this, body, name, ++_processNumber);

    /// <summary>
    /// Starts an iterator process that nothing will wait on or refer to, as <see cref="Process(IEnumerable{Event}, string?)"/>
    /// does, but returns nothing: once the body has ended and its end has been processed, the
    /// process object is reused for a later <c>Start</c>, so a model that starts one per customer
    /// or trip allocates none in the long run. The body must not keep
    /// <see cref="ActiveProcess"/> beyond its end, nor let anything wait on it; an
    /// <see cref="EventProcessed"/> observer sees the process before it is reused. A body that
    /// fails stops the run, as an unobserved failure does.
    /// </summary>
    /// <param name="body">The body, an iterator that yields events to wait on.</param>
    public void Start(IEnumerable<Event> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (_spareProcesses.TryPop(out var spare))
        {
            spare.Restart(body, ++_processNumber);
        }
        else
        {
            _ = new Process(this, body, null, ++_processNumber) { RecycledUnwatched = true };
        }
    }

    /// <summary>Starts an async process: its body awaits events of this simulation (and nothing else).</summary>
    /// <param name="body">The body, an async method.</param>
    /// <param name="name">A name for traces and messages; numbered if omitted.</param>
    /// <returns>The process, an event that succeeds when the body returns.</returns>
    public Process Process(Func<Task> body, string? name = null) =>
        new(this, body, null, name, ++_processNumber);

    /// <summary>Starts an async process whose result is the body's return value.</summary>
    /// <typeparam name="T">The type of the result.</typeparam>
    /// <param name="body">The body, an async method.</param>
    /// <param name="name">A name for traces and messages; numbered if omitted.</param>
    /// <returns>The process, an event that succeeds with the body's result.</returns>
    public Process Process<T>(Func<Task<T>> body, string? name = null) =>
        new(this, body, ResultReader<T>.Read, name, ++_processNumber);

    /// <summary>
    /// An event that succeeds after <paramref name="delay"/> hours. The object is recycled once it
    /// has resumed its one waiting process: see <see cref="Kernel.Timeout"/>.
    /// </summary>
    /// <param name="delay">Hours from now; finite and not negative.</param>
    /// <param name="value">The value the timeout succeeds with.</param>
    /// <returns>The scheduled timeout.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative, infinite or NaN.</exception>
    public Timeout Timeout(double delay, object? value = null)
    {
        Kernel.Timeout.CheckDelay(delay);
        var timeout = _spareCount > 0 ? _spareTimeouts[--_spareCount] : new Timeout(this);
        timeout.Start(delay, value, EventPriority.Normal);
        return timeout;
    }

    /// <summary>A pending event for the caller to trigger with <see cref="Kernel.Event.Succeed"/> or <see cref="Kernel.Event.Fail"/>.</summary>
    /// <returns>The event.</returns>
    public Event Event() => new(this);

    /// <summary>Yielded by an iterator process to end at once with <paramref name="result"/> as its value.</summary>
    /// <param name="result">The process's result.</param>
    /// <returns>A marker for the process to yield.</returns>
    public Event Exit(object? result = null) => new ProcessExit(this, result);

    /// <summary>An event that succeeds when every one of <paramref name="events"/> has succeeded (at once if none are given).</summary>
    /// <param name="events">The events.</param>
    /// <returns>The condition; its value is a <see cref="ConditionValue"/>.</returns>
    public Condition AllOf(params Event[] events) => new(this, needsAll: true, events);

    /// <summary>An event that succeeds when any of <paramref name="events"/> has succeeded (at once if none are given).</summary>
    /// <param name="events">The events.</param>
    /// <returns>The condition; its value is a <see cref="ConditionValue"/>.</returns>
    public Condition AnyOf(params Event[] events) => new(this, needsAll: false, events);

    /// <summary>The named random stream, created from (seed, name) on first use; the same object thereafter.</summary>
    /// <param name="name">What the stream is for, e.g. "arrivals" or "hazard/quake".</param>
    /// <returns>The stream.</returns>
    public RandomStream Random(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_streams.TryGetValue(name, out var stream))
        {
            stream = new RandomStream(Seed, name);
            _streams.Add(name, stream);
        }

        return stream;
    }

    internal void Schedule(Event item, double delay, EventPriority priority)
    {
        var order = ((ulong)priority << 56) | _sequence++;
        if (delay == 0)
        {
            _queue.PushNow(Now, order, item, priority == EventPriority.Urgent);
        }
        else
        {
            _queue.Push(Now + delay, order, item);
        }
    }

    internal Timeout ScheduleStart(Process process)
    {
        var start = _spareCount > 0 ? _spareTimeouts[--_spareCount] : new Timeout(this);
        start.Start(0, null, EventPriority.Urgent);
        start.AddWaitingProcess(process);
        return start;
    }

    internal void Recycle(Process process) => _spareProcesses.Push(process);

    internal void Recycle(Timeout timeout)
    {
        timeout.ResetForReuse();
        if (_spareCount == _spareTimeouts.Length)
        {
            Array.Resize(ref _spareTimeouts, _spareCount * 2);
        }

        _spareTimeouts[_spareCount++] = timeout;
    }

    private static class ResultReader<T>
    {
        public static readonly Func<Task, object?> Read = static task => ((Task<T>)task).Result;
    }
}
