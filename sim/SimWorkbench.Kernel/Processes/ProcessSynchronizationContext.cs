namespace SimWorkbench.Kernel;

/// <summary>
/// Current while an async process body runs, so that an <c>await</c> of something that is not a
/// simulation event (<c>Task.Yield()</c>, an unfinished <c>Task</c>) is caught on the spot instead
/// of resuming the body later on another thread. Continuations posted to it are never run: the
/// process fails with a clear error instead.
/// </summary>
internal sealed class ProcessSynchronizationContext(int ownerThread) : SynchronizationContext
{
    /// <summary>True while a body runs on the simulation's thread.</summary>
    public bool Running { get; set; }

    /// <summary>Set when the running body handed a continuation to something other than the kernel.</summary>
    public bool ForeignContinuation { get; set; }

    public override void Post(SendOrPostCallback d, object? state)
    {
        // A post from another thread, or after the body stopped, comes from an escaped await whose
        // process has already failed: drop it.
        if (Running && Environment.CurrentManagedThreadId == ownerThread)
        {
            ForeignContinuation = true;
        }
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("A simulation process cannot run work synchronously on another context.");

    public override SynchronizationContext CreateCopy() => this;
}
