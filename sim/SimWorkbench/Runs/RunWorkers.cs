using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime;

namespace SimWorkbench.Runs;

/// <summary>
/// Runs numbered jobs (a comparison's runs, a sweep's) on a fixed set of worker threads, each
/// with state of its own that it keeps from its first job to its last.
/// </summary>
/// <remarks>
/// <para>
/// <c>Parallel.For</c> with thread-local state ends its workers every few hundred milliseconds
/// and starts new ones, each with fresh thread-local state: a run's reused arrays (past the
/// large-object threshold) were allocated again every few runs and set off full collections.
/// Here each worker takes the next job number until none are left, so the state is made once per
/// worker.
/// </para>
/// <para>
/// The first worker starts alone and the others join once one of its jobs has made the runtime
/// compile fewer than <see cref="QuietCompiles"/> methods (the hot code is compiled), or after
/// <see cref="LongestSolo"/>: until then the runtime is compiling the hot code again, optimised,
/// and a second worker on unoptimised code only competes with it for the cores (the first 30
/// runs of a metro sweep took as long with two workers as with one; starting alone raised two
/// workers' throughput by about 5%).
/// </para>
/// <para>
/// Which worker runs which job depends on timing; results must not, so callers store each job's
/// result by its number.
/// </para>
/// </remarks>
internal static class RunWorkers
{
    /// <summary>A job of the first worker that made the runtime compile fewer methods than this lets the others start.</summary>
    internal const int QuietCompiles = 5;

    /// <summary>The longest the first worker runs alone.</summary>
    internal static readonly TimeSpan LongestSolo = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="job"/> for every number from 0 to <paramref name="count"/> − 1.</summary>
    /// <typeparam name="TState">What a worker keeps between its jobs.</typeparam>
    /// <param name="count">The number of jobs.</param>
    /// <param name="workers">Threads to run them on (at least 1; no more than there are jobs are started); the calling thread is the first.</param>
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
        var othersStarted = false;
        var solo = Stopwatch.StartNew();
        var others = new Thread[Math.Max(0, Math.Min(workers, count) - 1)];
        for (var t = 0; t < others.Length; t++)
        {
            others[t] = new Thread(() => Work(first: false)) { IsBackground = true, Name = "simwb run worker" };
        }

        Work(first: true);
        StartOthers();
        foreach (var thread in others)
        {
            thread.Join();
        }

        if (!failures.IsEmpty)
        {
            throw new AggregateException(failures);
        }

        cancel.ThrowIfCancellationRequested();

        void StartOthers()
        {
            if (!othersStarted)
            {
                othersStarted = true;
                foreach (var thread in others)
                {
                    thread.Start();
                }
            }
        }

        void Work(bool first)
        {
#pragma warning disable CA1031 // Every failure is collected and rethrown to the caller, none is swallowed.
            try
            {
                var mine = state();
                int n;
                while (failures.IsEmpty && !cancel.IsCancellationRequested && (n = Interlocked.Increment(ref next)) < count)
                {
                    var alone = first && !othersStarted;
                    var compiled = alone ? JitInfo.GetCompiledMethodCount() : 0;
                    job(n, mine);
                    if (alone && (JitInfo.GetCompiledMethodCount() - compiled < QuietCompiles || solo.Elapsed >= LongestSolo))
                    {
                        StartOthers();
                    }
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
