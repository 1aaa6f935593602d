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
    public void The_other_workers_join_the_first_once_its_jobs_compile_nothing_new()
    {
        // The first worker starts alone (while the runtime compiles the hot code); these jobs compile
        // nothing, so after the first of them every worker takes jobs: 400 jobs of 2 ms leave
        // the others close to a second to start.
        var threads = new ConcurrentDictionary<int, int>();
        RunWorkers.For(400, 3, () => 0, (_, _) =>
        {
            threads.AddOrUpdate(Environment.CurrentManagedThreadId, 1, (_, jobs) => jobs + 1);
            Thread.Sleep(2);
        });

        threads.Count.ShouldBe(3);
        threads.Values.Sum().ShouldBe(400);
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
