using System.Diagnostics.CodeAnalysis;

namespace SimWorkbench.Kernel;

/// <summary>The async half of <see cref="Process"/>: bodies written as <c>async</c> methods that await events.</summary>
public sealed partial class Process
{
    // Only async processes carry this: iterator processes, the many, stay small.
    private readonly AsyncBody? _async;

    internal Process(Simulation simulation, Func<Task> body, Func<Task, object?>? readResult, string? name, long number)
        : base(simulation)
    {
        ArgumentNullException.ThrowIfNull(body);
        _name = name;
        _number = number;
        _async = new AsyncBody(body, readResult);
        _target = simulation.ScheduleStart(this);
    }

    /// <summary>Called by an awaiter when the async body awaits <paramref name="awaited"/>.</summary>
    internal void Await(Event awaited, Action continuation)
    {
        if (_async is null)
        {
            throw new InvalidOperationException($"{this} is an iterator process: it yields events rather than awaiting them.");
        }

        awaited.AddWaitingProcess(this);
        _target = awaited;
        _async.Continuation = continuation;
    }

    /// <summary>Takes a pending interrupt, for the awaiter to throw it.</summary>
    internal bool TakeInterrupt(out object? cause) => HandleInterrupt(out cause);

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A body that throws before its first await fails the process, like one that throws later.")]
    private void RunAsync(AsyncBody body)
    {
        if (body.Task is null)
        {
            try
            {
                body.Task = body.Start();
            }
            catch (Exception error)
            {
                Finish(null, error);
                return;
            }
        }
        else
        {
            var continuation = body.Continuation!;
            body.Continuation = null;
            continuation();
        }

        if (body.Task.IsCompleted)
        {
            CompleteFromTask(body, body.Task);
        }
        else if (_target is null)
        {
            Finish(null, new InvalidOperationException(
                $"{this} awaited something that is not a simulation event; an async process may await only events of its simulation."));
        }
    }

    private void CompleteFromTask(AsyncBody body, Task task)
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
            Finish(body.ReadResult?.Invoke(task), null);
        }
    }

    /// <summary>The state of an async body: how to start it, its task, and where it awaits.</summary>
    private sealed class AsyncBody(Func<Task> start, Func<Task, object?>? readResult)
    {
        public Func<Task> Start { get; } = start;

        public Func<Task, object?>? ReadResult { get; } = readResult;

        public Task? Task { get; set; }

        public Action? Continuation { get; set; }
    }
}
