using System.Collections.Concurrent;
using SimWorkbench.Runs;

namespace SimWorkbench.Tests.Runs;

public sealed class RunWorkersTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 4)]
    [InlineData(500, 1)]
    [InlineData(500, 3)]
    public void Runs_every_job_exactly_once(int count, int workers)
    {
        var runs = new int[count];
        RunWorkers.For(count, workers, () => 0, (n, _) => Interlocked.Increment(ref runs[n]));
        runs.ShouldAllBe(times => times == 1);
    }

    [Fact]
    public void Makes_each_workers_state_once_and_keeps_it_for_all_its_jobs()
    {
        // The reason for the class: Parallel.For made fresh thread-local state every few hundred ms.
        var states = new ConcurrentBag<List<int>>();
        RunWorkers.For(
            2_000,
            3,
            () =>
            {
                var mine = new List<int>();
                states.Add(mine);
                return mine;
            },
            (n, mine) =>
            {
                mine.Add(n);
                Thread.SpinWait(2_000);
            });

        states.Count.ShouldBeLessThanOrEqualTo(3);
        states.Sum(s => s.Count).ShouldBe(2_000);
        states.SelectMany(s => s).Order().ShouldBe(Enumerable.Range(0, 2_000));
    }

    [Fact]
    public void The_other_workers_join_the_first_at_the_latest_after_its_longest_solo()
    {
        // The first worker starts alone and the others join once its jobs compile next to nothing;
        // the runtime's count is process-wide, so tests running beside this one can keep it
        // busy, but the others join after LongestSolo (2 s) at the latest. One worker alone
        // would need 1,600 × 2 ms = 3.2 s, so they must join while jobs are left.
        var threads = new ConcurrentDictionary<int, int>();
        RunWorkers.For(1_600, 3, () => 0, (_, _) =>
        {
            threads.AddOrUpdate(Environment.CurrentManagedThreadId, 1, (_, jobs) => jobs + 1);
            Thread.Sleep(2);
        });

        threads.Count.ShouldBe(3);
        threads.Values.Sum().ShouldBe(1_600);
    }

    [Fact]
    public void Starts_no_more_workers_than_jobs()
    {
        var states = 0;
        RunWorkers.For(2, 8, () => Interlocked.Increment(ref states), (_, _) => { });
        states.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public void A_failing_job_stops_the_workers_and_is_thrown_to_the_caller()
    {
        var ran = 0;
        var thrown = Should.Throw<AggregateException>(() => RunWorkers.For(
            100_000,
            2,
            () => 0,
            (n, _) =>
            {
                Interlocked.Increment(ref ran);
                if (n == 10)
                {
                    throw new InvalidOperationException("job 10 failed");
                }
            }));

        thrown.InnerExceptions.ShouldContain(e => e.Message == "job 10 failed");
        ran.ShouldBeLessThan(100_000);
    }

    [Fact]
    public void Cancelling_stops_the_workers_taking_jobs_and_throws()
    {
        using var stop = new CancellationTokenSource();
        var ran = 0;
        Should.Throw<OperationCanceledException>(() => RunWorkers.For(
            100_000,
            2,
            () => 0,
            (n, _) =>
            {
                if (Interlocked.Increment(ref ran) == 50)
                {
                    stop.Cancel();
                }
            },
            stop.Token));

        ran.ShouldBeLessThan(100_000);
    }
}
