using BenchmarkDotNet.Attributes;
using SimWorkbench.Kernel;

namespace SimWorkbench.Bench.Kernel;

/// <summary>
/// The hot path in isolation: one process's timeout per event, with 1,000 processes in the queue.
/// Allocated bytes per operation must stay at zero (timeouts are recycled).
/// </summary>
[MemoryDiagnoser]
public class EventQueueBenchmarks
{
    private const int EventsPerInvocation = 100_000;
    private Simulation _simulation = null!;

    /// <summary>1,000 looping processes, warmed up so that the timeout pool is filled.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _simulation = new Simulation(1);
        var delays = _simulation.Random("delays");
        for (var i = 0; i < 1_000; i++)
        {
            _simulation.Process(Loop(_simulation, delays));
        }

        _simulation.Run(100);
    }

    /// <summary>Processes 100,000 events.</summary>
    [Benchmark(OperationsPerInvoke = EventsPerInvocation)]
    public void ProcessEvents()
    {
        for (var i = 0; i < EventsPerInvocation; i++)
        {
            _simulation.Step();
        }
    }

    private static IEnumerable<Event> Loop(Simulation simulation, RandomStream delays)
    {
        while (true)
        {
            yield return simulation.Timeout(delays.Exponential(1.0));
        }
    }
}
