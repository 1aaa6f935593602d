using SimWorkbench.Strategies;

namespace SimWorkbench.Drills.Play;

/// <summary>
/// The allocator of a drill's trainees: it ships nothing on its own (every shipment is one of their
/// orders) except, while a mutual aid order is in force, the strategy's mutual aid agreement run
/// by the engine's <see cref="NeighbourAid"/> every allocation period.
/// </summary>
internal sealed class TraineesAllocator : ISupplyStrategy
{
    private readonly NeighbourAid aid = new();
    private readonly List<Dispatch> dispatches = [];
    private double[] granted = [];

    /// <summary>Until when (hours from the start) mutual aid runs; aid runs in periods that start before it.</summary>
    public double AidUntilHours { get; set; } = double.NegativeInfinity;

    public IEnumerable<Dispatch> Allocate(SupplySituation situation)
    {
        dispatches.Clear();
        if (situation.NowHours < AidUntilHours && situation.Strategy.MutualAid is { } agreement)
        {
            var size = situation.Cities.Count * situation.Commodities.Count;
            if (granted.Length != size)
            {
                granted = new double[size];
            }

            Array.Clear(granted);
            aid.Send(situation, agreement, granted, dispatches);
        }

        return dispatches;
    }
}
