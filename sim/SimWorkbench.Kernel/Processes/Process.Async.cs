using System.Diagnostics.CodeAnalysis;

namespace SimWorkbench.Kernel;

/// <summary>The async half of <see cref="Process"/>: bodies written as <c>async</c> methods that await events.</summary>
public sealed partial class Process
{
    internal Process(Simulation simulation, Func<Task> body, Func<Task, object?>? readResult, string? name, long number)
        : base(simulation)
    {
        ArgumentNullException.ThrowIfNull(body);
        _name = name;
        _number = number;
        _body = new AsyncBody(body, readResult);
        _target = simulation.ScheduleStart(this);
    }

    /// <summary>True for a process whose body is an async method.</summary>
    internal bool IsAsync => _body is AsyncBody;

    /// <summary>Called by an awaiter when the async body awaits <paramref name="awaited"/>.</summary>
    internal void Await(Event awaited, Action continuation)
    {
        awaited.AddWaitingProcess(this);
        _target = awaited;
        ((AsyncBody)_body).Continuation = continuation;
    }

    /// <summary>Takes a pending interrupt, for the awaiter to throw it.</summary>
    internal bool TakeInterrupt(out object? cause) => HandleInterrupt(out cause);

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A body that throws before its first await fails the process, like one that throws later.")]
    private void RunAsync(AsyncBody body)
    {
        var context = Simulation.ProcessContext;
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        context.Running = true;
        context.ForeignContinuation = false;
        try
        {
            if (body.Task is null)
            {
                body.Task = body.Start();
            }
            else
            {
                var continuation = body.Continuation!;
                body.Continuation = null;
                continuation();
            }
        }
        catch (Exception error)
        {
            Finish(null, error);
            return;
        }
        finally
        {
            context.Running = false;
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        if (context.ForeignContinuation || (_target is null && !body.Task.IsCompleted))
        {
            _target?.RemoveListener(this);
            _target = null;
            Finish(null, new InvalidOperationException(
                $"{this} awaited something that is not a simulation event; an async process may await only events of its simulation."));
        }
        else if (body.Task.IsCompleted)
        {
            CompleteFromTask(body, body.Task);
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
