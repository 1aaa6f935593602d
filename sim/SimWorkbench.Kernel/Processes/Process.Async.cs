using System.Diagnostics.CodeAnalysis;

namespace SimWorkbench.Kernel;

/// <summary>The async half of <see cref="Process"/>: bodies written as <c>async</c> methods that await events.</summary>
public sealed partial class Process
{
    private readonly Func<Task>? _asyncBody;
    private readonly Func<Task, object?>? _readResult;
    private Task? _task;
    private Action? _continuation;

    internal Process(Simulation simulation, Func<Task> body, Func<Task, object?>? readResult, string name)
        : base(simulation)
    {
        ArgumentNullException.ThrowIfNull(body);
        Name = name;
        _asyncBody = body;
        _readResult = readResult;
        _target = simulation.ScheduleStart(this);
    }

    /// <summary>Called by an awaiter when the async body awaits <paramref name="awaited"/>.</summary>
    internal void Await(Event awaited, Action continuation)
    {
        if (_asyncBody is null)
        {
            throw new InvalidOperationException($"{this} is an iterator process: it yields events rather than awaiting them.");
        }

        awaited.AddWaitingProcess(this);
        _target = awaited;
        _continuation = continuation;
    }

    /// <summary>Takes a pending interrupt, for the awaiter to throw it.</summary>
    internal bool TakeInterrupt(out object? cause) => HandleInterrupt(out cause);

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A body that throws before its first await fails the process, like one that throws later.")]
    private void RunAsync()
    {
        if (_task is null)
        {
            try
            {
                _task = _asyncBody!();
            }
            catch (Exception error)
            {
                Finish(null, error);
                return;
            }
        }
        else
        {
            var continuation = _continuation!;
            _continuation = null;
            continuation();
        }

        if (_task.IsCompleted)
        {
            CompleteFromTask(_task);
        }
        else if (_target is null)
        {
            Finish(null, new InvalidOperationException(
                $"{this} awaited something that is not a simulation event; an async process may await only events of its simulation."));
        }
    }

    private void CompleteFromTask(Task task)
    {
        if (task.IsFaulted)
        {
            var errors = task.Exception!.InnerExceptions;
            Finish(null, errors.Count == 1 ? errors[0] : task.Exception);
        }
        else if (task.IsCanceled)
        {
            Finish(null, new TaskCanceledException(task));
        }
        else
        {
            Finish(_readResult?.Invoke(task), null);
        }
    }
}
