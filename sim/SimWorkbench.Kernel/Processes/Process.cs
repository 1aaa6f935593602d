using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SimWorkbench.Kernel;

/// <summary>
/// An active component of the model: a body that waits on events one after another. A process
/// is itself an event that succeeds with the process's result when the body finishes and fails
/// with the exception the body throws, so other processes can wait for it.
/// </summary>
/// <remarks>
/// <para>
/// A body is written either as an iterator that <c>yield return</c>s events (and ends with
/// <c>yield return sim.Exit(result)</c> to give a result), or as an async method that
/// <c>await</c>s them. Both run on the same scheduler.
/// </para>
/// <para>
/// C# iterators cannot catch around a <c>yield</c>, so an iterator process learns why it resumed
/// from <see cref="HandleInterrupt"/> and <see cref="HandleFailure"/>, called right after the
/// <c>yield</c>. A process that resumes from an interrupt or from a failed event and does not
/// handle it fails with that interrupt or failure. An async process receives them as exceptions
/// (<see cref="InterruptException"/>, or the event's own exception) that it may catch.
/// </para>
/// </remarks>
public sealed partial class Process : Event
{
    // The body: an IEnumerator<Event> for an iterator process, an AsyncBody for an async one.
    // One field for both (and one for both kinds of news below) keeps the object small: a model
    // may start a process per customer or per trip.
    private object _body;
    private long _number;
    private string? _name;
    private Event? _target;

    // What the process must learn when it resumes: the Interruption that woke it, or the
    // Exception of the failed event it waited on; null when it resumed normally.
    private object? _news;

    internal Process(Simulation simulation, IEnumerable<Event> body, string? name, long number)
        : base(simulation)
    {
        ArgumentNullException.ThrowIfNull(body);
        _name = name;
        _number = number;
        _body = body.GetEnumerator();
        _target = simulation.ScheduleStart(this);
    }

    /// <summary>Runs a new body in this finished process (one of <see cref="Simulation.Start"/>'s, recycled).</summary>
    internal void Restart(IEnumerable<Event> body, long number)
    {
        ResetForReuse();
        _name = null;
        _news = null;
        _number = number;
        _body = body.GetEnumerator();
        _target = Simulation.ScheduleStart(this);
    }

    /// <inheritdoc/>
    internal override void Recycle() => Simulation.Recycle(this);

    /// <summary>The process's name, as given at creation or numbered by the simulation ("process-7").</summary>
    public string Name => _name ??= "process-" + _number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The event the process is waiting on, or null if it is running or finished.</summary>
    public Event? Target => _target;

    /// <summary>True until the process's body has finished or failed.</summary>
    public bool IsAlive => !IsTriggered;

    /// <summary>
    /// Interrupts the process: at the current time, before the normal events of this instant, it
    /// stops waiting on its target and resumes. A resource request, put or get it leaves behind
    /// still waiting is withdrawn from its queue (also inside a condition it waited on); one served
    /// at that very instant stays served, which the process sees from the event's
    /// <see cref="Event.IsOk"/> (so nothing is lost and nothing counted twice).
    /// </summary>
    /// <param name="cause">Why; the process reads it from <see cref="HandleInterrupt"/> or <see cref="InterruptException.Cause"/>.</param>
    /// <exception cref="InvalidOperationException">The process has finished, or a process tries to interrupt itself.</exception>
    public void Interrupt(object? cause = null)
    {
        if (IsTriggered)
        {
            throw new InvalidOperationException($"{this} has finished and cannot be interrupted.");
        }

        if (ReferenceEquals(Simulation.ActiveProcess, this))
        {
            throw new InvalidOperationException($"{this} cannot interrupt itself.");
        }

        _ = new Interruption(this, cause);
    }

    /// <summary>
    /// Tells a process that has just resumed whether it was interrupted, and takes the interrupt
    /// as handled. An iterator process calls this right after a <c>yield</c> it expects may be interrupted.
    /// </summary>
    /// <param name="cause">The cause given to <see cref="Interrupt"/>, or null if not interrupted.</param>
    /// <returns>True if the process was interrupted (and now has handled it).</returns>
    public bool HandleInterrupt(out object? cause)
    {
        if (_news is Interruption interruption)
        {
            _news = null;
            cause = interruption.Cause;
            return true;
        }

        cause = null;
        return false;
    }

    /// <summary>
    /// Tells a process that has just resumed whether the event it waited on failed, and takes the
    /// failure as handled.
    /// </summary>
    /// <param name="error">The failure, or null.</param>
    /// <returns>True if the event failed (and the process now has handled it).</returns>
    public bool HandleFailure([NotNullWhen(true)] out Exception? error)
    {
        error = _news is null ? null : _news as Exception;
        if (error is null)
        {
            return false;
        }

        _news = null;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"Process '{Name}'";

    /// <summary>Resumes the process because <paramref name="cause"/> was processed.</summary>
    internal void Resume(Event cause)
    {
        if (IsTriggered)
        {
            return;
        }

        if (cause is Interruption)
        {
            LeaveTarget();
            _news = cause;
        }
        else
        {
            _target = null;
            if (cause.Error is { } error && _body is not AsyncBody)
            {
                _news = error;
            }
        }

        // Bodies never throw out of RunSteps or RunAsync (their exceptions become failures), so
        // no finally is needed to restore the active process.
        var simulation = Simulation;
        var previous = simulation.ActiveProcess;
        simulation.ActiveProcess = this;
        if (_body is AsyncBody body)
        {
            RunAsync(body);
        }
        else
        {
            // Not an async body, so an iterator's: skip the interface cast on the hot path.
            RunSteps(Unsafe.As<IEnumerator<Event>>(_body));
        }

        simulation.ActiveProcess = previous;
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A process body's exception becomes the process's failure, which its waiters observe.")]
    private void RunSteps(IEnumerator<Event> steps)
    {
        while (true)
        {
            bool moved;
            try
            {
                moved = steps.MoveNext();
            }
            catch (Exception error)
            {
                Finish(null, error);
                return;
            }

            if (_news is { } news)
            {
                // Resumed by an interrupt or a failure, and the body did not handle it.
                if (news is Interruption interruption)
                {
                    Finish(null, new InterruptException(interruption.Cause, Simulation.Now, Name));
                    return;
                }

                _news = null;
                Finish(null, (Exception)news);
                return;
            }

            if (!moved)
            {
                Finish(null, null);
                return;
            }

            var next = steps.Current;
            if (next is null)
            {
                Finish(null, new InvalidOperationException($"{this} yielded null; a process yields events."));
                return;
            }

            if (!ReferenceEquals(next.Simulation, Simulation))
            {
                Finish(null, new InvalidOperationException($"{this} yielded {next}, which belongs to another simulation."));
                return;
            }

            if (next is ProcessExit exit)
            {
                Finish(exit.Result, null);
                return;
            }

            if (next.IsProcessed)
            {
                // Already happened: carry on at once, as if it had just been processed.
                _news = next.Error;
                continue;
            }

            next.AddWaitingProcess(this);
            _target = next;
            return;
        }
    }

    private void LeaveTarget()
    {
        var target = _target;
        _target = null;
        if (target is not null && target.RemoveListener(this) && !target.HasListeners)
        {
            target.OnAbandoned();
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "An exception from a body's finally block becomes the process's failure.")]
    private void Finish(object? result, Exception? error)
    {
        _target = null;
        try
        {
            if (_body is not AsyncBody)
            {
                Unsafe.As<IEnumerator<Event>>(_body).Dispose();
            }
        }
        catch (Exception disposeError)
        {
            error ??= disposeError;
        }

        if (error is null)
        {
            TriggerSuccess(result);
        }
        else
        {
            TriggerFailure(error);
        }
    }

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException($"{this} succeeds when its body finishes and fails when its body throws; it cannot be triggered by hand.");
}
