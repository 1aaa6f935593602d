using BenchmarkDotNet.Attributes;
using SimWorkbench.Kernel;

namespace SimWorkbench.Bench.Kernel;

/// <summary>
/// The kernel's share of a supply engine's truck trip: an iterator process that takes a vehicle
/// from a <see cref="Store{T}"/>, holds a dock (<see cref="Resource"/>) while loading, drives out
/// and back leg by leg in nested iterators, and puts the vehicle back. The memory diagnoser's
/// allocated bytes per operation are bytes per trip: the trip's process, its get, request and
/// put, and the model's own iterators (about 140 B for the three iterator objects here).
/// <see cref="RunLeanTrips"/> is the same trip as the supply engine now runs it: started with
/// <see cref="Simulation.Start"/> (the process object reused), the vehicle taken and given back
/// with <see cref="Store{T}.TryGet"/> and <see cref="Store{T}.TryPut"/> when no one waits.
/// </summary>
[MemoryDiagnoser]
public class TruckTripBenchmarks
{
    private const int Trips = 20_000;

    /// <summary>20,000 trips by 40 vehicles through 3 docks, dispatched every 0.1 h on average.</summary>
    /// <returns>Trips completed.</returns>
    [Benchmark(OperationsPerInvoke = Trips)]
    public long RunTrips() => Run(Trips, lean: false);

    /// <summary>The same trips, started with <see cref="Simulation.Start"/> and taking and giving back vehicles at once when free.</summary>
    /// <returns>Trips completed.</returns>
    [Benchmark(OperationsPerInvoke = Trips)]
    public long RunLeanTrips() => Run(Trips, lean: true);

    /// <summary>Runs <paramref name="trips"/> trips to completion.</summary>
    /// <param name="trips">How many trips to dispatch.</param>
    /// <param name="lean">Start trips with <see cref="Simulation.Start"/> and use <see cref="Store{T}.TryGet"/>/<see cref="Store{T}.TryPut"/>.</param>
    /// <returns>Trips completed.</returns>
    public static long Run(int trips, bool lean)
    {
        var sim = new Simulation(7);
        var vehicles = new Store<Truck>(sim, 40);
        for (var i = 0; i < 40; i++)
        {
            vehicles.Put(new Truck(i));
        }

        var docks = new Resource(sim, 3);
        var random = sim.Random("trips");
        var done = new long[1];
        sim.Process(Dispatch(sim, vehicles, docks, random, trips, done, lean));
        sim.Run();
        return done[0];
    }

    private static IEnumerable<Event> Dispatch(Simulation sim, Store<Truck> vehicles, Resource docks, RandomStream random, int trips, long[] done, bool lean)
    {
        for (var i = 0; i < trips; i++)
        {
            yield return sim.Timeout(random.Exponential(0.1));
            if (lean)
            {
                sim.Start(Trip(sim, vehicles, docks, random, done, lean));
            }
            else
            {
                sim.Process(Trip(sim, vehicles, docks, random, done, lean));
            }
        }
    }

    private static IEnumerable<Event> Trip(Simulation sim, Store<Truck> vehicles, Resource docks, RandomStream random, long[] done, bool lean)
    {
        if (!lean || !vehicles.TryGet(out var truck))
        {
            var get = vehicles.Get();
            yield return get;
            truck = get.Item;
        }
        using (var dock = docks.Request())
        {
            yield return dock;
            yield return sim.Timeout(random.Uniform(0.05, 0.15));
        }

        foreach (var leg in Drive(sim, random, legs: 3))
        {
            yield return leg;
        }

        foreach (var leg in Drive(sim, random, legs: 3))
        {
            yield return leg;
        }

        if (!lean || !vehicles.TryPut(truck))
        {
            yield return vehicles.Put(truck);
        }

        done[0]++;
    }

    private static IEnumerable<Event> Drive(Simulation sim, RandomStream random, int legs)
    {
        for (var i = 0; i < legs; i++)
        {
            yield return sim.Timeout(random.Exponential(0.2));
        }
    }

    private sealed record Truck(int Number);
}
