using System.Globalization;
using SimWorkbench.Kernel;
using SimWorkbench.Kernel.Async;

namespace SimWorkbench.Benchmarks;

/// <summary>
/// The three standard kernel models that measure the kernel's speed (issue "Foundation"):
/// a scheduler stress test, an M/M/c queue and a stockpile of producers and consumers. Each
/// returns what it did; callers time it (the library never reads a clock).
/// </summary>
public static class KernelModels
{
    /// <summary>Erlang C mean wait in queue for c = 4, λ = 3.6, μ = 1 (see <see cref="ErlangC"/>).</summary>
    public static readonly double MmcAnalyticWait = ErlangC.MeanWait(servers: 4, arrivalRate: 3.6, serviceRate: 1.0);

    /// <summary>The models by name, in the order they are reported.</summary>
    public static IReadOnlyList<string> Names { get; } = ["scheduler", "scheduler-async", "mmc", "stockpile"];

    /// <summary>Runs a model by name.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>What the model did.</returns>
    public static KernelModelResult Run(string name, ulong seed = 1) => name switch
    {
        "scheduler" => Scheduler(seed),
        "scheduler-async" => SchedulerAsync(seed),
        "mmc" => Mmc(seed),
        "stockpile" => Stockpile(seed),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"Unknown model; known: {string.Join(", ", Names)}."),
    };

    /// <summary>1,000 processes each waiting Exponential(mean 1 h) in a loop until t = 10,000 h: about 10 million timeouts.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="processes">The number of processes.</param>
    /// <param name="until">The horizon in hours.</param>
    /// <returns>Operations are timeouts processed.</returns>
    public static KernelModelResult Scheduler(ulong seed = 1, int processes = 1_000, double until = 10_000)
    {
        var sim = new Simulation(seed);
        var delays = sim.Random("delays");
        var timeouts = new long[1];
        for (var i = 0; i < processes; i++)
        {
            sim.Process(Waiter(sim, delays, timeouts));
        }

        sim.Run(until);
        return new("scheduler", timeouts[0], "timeouts", sim.ProcessedEvents, string.Empty);

        static IEnumerable<Event> Waiter(Simulation sim, RandomStream delays, long[] timeouts)
        {
            while (true)
            {
                yield return sim.Timeout(delays.Exponential(1.0));
                timeouts[0]++;
            }
        }
    }

    /// <summary>The scheduler model with async processes, to measure what <c>await</c> costs per event beside <c>yield</c>.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="processes">The number of processes.</param>
    /// <param name="until">The horizon in hours.</param>
    /// <returns>Operations are timeouts processed.</returns>
    public static KernelModelResult SchedulerAsync(ulong seed = 1, int processes = 1_000, double until = 10_000)
    {
        var sim = new Simulation(seed);
        var delays = sim.Random("delays");
        var timeouts = new long[1];
        for (var i = 0; i < processes; i++)
        {
            sim.Process(async () =>
            {
                while (true)
                {
                    await sim.Timeout(delays.Exponential(1.0));
                    timeouts[0]++;
                }
            });
        }

        sim.Run(until);
        return new("scheduler-async", timeouts[0], "timeouts", sim.ProcessedEvents, string.Empty);
    }

    /// <summary>
    /// M/M/c with c = 4 servers, arrivals at rate 3.6 per hour, service Exponential(mean 1 h):
    /// 200,000 customers, run until all are served.
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <param name="customers">The number of customers.</param>
    /// <returns>Operations are customers served; the detail compares the mean wait with Erlang C.</returns>
    public static KernelModelResult Mmc(ulong seed = 1, int customers = 200_000)
    {
        var sim = new Simulation(seed);
        var servers = new Resource(sim, 4);
        var arrivals = sim.Random("arrivals");
        var service = sim.Random("service");
        var stats = new double[2]; // total wait, customers served
        sim.Process(Source(sim, servers, arrivals, service, customers, stats));
        sim.Run();
        var meanWait = stats[0] / stats[1];
        var detail = string.Create(CultureInfo.InvariantCulture, $"mean wait {meanWait:F4} h (Erlang C {MmcAnalyticWait:F4} h)");
        return new("mmc", (long)stats[1], "customers", sim.ProcessedEvents, detail);

        static IEnumerable<Event> Source(Simulation sim, Resource servers, RandomStream arrivals, RandomStream service, int customers, double[] stats)
        {
            for (var i = 0; i < customers; i++)
            {
                yield return sim.Timeout(arrivals.Exponential(1 / 3.6));
                sim.Process(Customer(sim, servers, service.Exponential(1.0), stats));
            }
        }

        static IEnumerable<Event> Customer(Simulation sim, Resource servers, double serviceHours, double[] stats)
        {
            var arrived = sim.Now;
            using var request = servers.Request();
            yield return request;
            stats[0] += sim.Now - arrived;
            stats[1]++;
            yield return sim.Timeout(serviceHours);
        }
    }

    /// <summary>
    /// A stockpile: a container of capacity 1,000 starting at 500; 10 producers each wait
    /// Exponential(mean 1 h) and put Uniform(1, 10); 50 consumers each wait Exponential(mean 5 h)
    /// and get Uniform(1, 10); until t = 100,000 h.
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <param name="until">The horizon in hours.</param>
    /// <returns>Operations are completed puts plus gets.</returns>
    public static KernelModelResult Stockpile(ulong seed = 1, double until = 100_000)
    {
        var sim = new Simulation(seed);
        var stock = new Container(sim, capacity: 1_000, initial: 500);
        var completed = new long[1];
        for (var i = 0; i < 10; i++)
        {
            sim.Process(Producer(sim, stock, sim.Random($"producer/{i}"), completed));
        }

        for (var i = 0; i < 50; i++)
        {
            sim.Process(Consumer(sim, stock, sim.Random($"consumer/{i}"), completed));
        }

        sim.Run(until);
        var detail = string.Create(CultureInfo.InvariantCulture, $"final level {stock.Level:F1}");
        return new("stockpile", completed[0], "puts+gets", sim.ProcessedEvents, detail);

        static IEnumerable<Event> Producer(Simulation sim, Container stock, RandomStream random, long[] completed)
        {
            while (true)
            {
                yield return sim.Timeout(random.Exponential(1.0));
                yield return stock.Put(random.Uniform(1, 10));
                completed[0]++;
            }
        }

        static IEnumerable<Event> Consumer(Simulation sim, Container stock, RandomStream random, long[] completed)
        {
            while (true)
            {
                yield return sim.Timeout(random.Exponential(5.0));
                yield return stock.Get(random.Uniform(1, 10));
                completed[0]++;
            }
        }
    }
}
