using System.Collections.Concurrent;

namespace SimWorkbench.Runs;

/// <summary>
/// Runs numbered jobs (a comparison's runs, a sweep's) on a fixed set of worker threads, each
/// with state of its own that it keeps from its first job to its last.
/// </summary>
/// <remarks>
/// <c>Parallel.For</c> with thread-local state ends its
/// workers every few hundred milliseconds and starts new ones, each with fresh thread-local state:
/// a run's reused arrays (past the large-object threshold) were allocated again every few runs and
/// set off full collections. Here each worker takes the next job number until none are left, so
/// the state is made once per worker. Which worker runs which job depends on timing; results must
/// not, so callers store each job's result by its number.
/// </remarks>
internal static class RunWorkers
{
    /// <summary>Runs <paramref name="job"/> for every number from 0 to <paramref name="count"/> − 1.</summary>
    /// <typeparam name="TState">What a worker keeps between its jobs.</typeparam>
    /// <param name="count">The number of jobs.</param>
    /// <param name="workers">Threads to run them on (at least 1; no more than there are jobs are started); the calling thread is one of them.</param>
    /// <param name="state">Makes a worker's state, once per worker, on its thread.</param>
    /// <param name="job">Runs one job with the worker's state.</param>
    /// <param name="cancel">Stops the workers taking new jobs; the call then throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="AggregateException">A job threw: the workers stop taking new jobs, and every failure is inside.</exception>
    public static void For<TState>(int count, int workers, Func<TState> state, Action<int, TState> job, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(job);
        var next = -1;
        var failures = new ConcurrentQueue<Exception>();
        var threads = new Thread[Math.Max(0, Math.Min(workers, count) - 1)];
        for (var t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(Work) { IsBackground = true, Name = "simwb run worker" };
            threads[t].Start();
        }

        Work();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        if (!failures.IsEmpty)
        {
            throw new AggregateException(failures);
        }

        cancel.ThrowIfCancellationRequested();

        void Work()
        {
#pragma warning disable CA1031 // Every failure is collected and rethrown to the caller, none is swallowed.
            try
            {
                var mine = state();
                int n;
                while (failures.IsEmpty && !cancel.IsCancellationRequested && (n = Interlocked.Increment(ref next)) < count)
                {
                    job(n, mine);
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
#pragma warning restore CA1031
        }
    }
}
