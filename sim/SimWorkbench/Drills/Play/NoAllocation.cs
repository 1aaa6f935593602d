using SimWorkbench.Strategies;

namespace SimWorkbench.Drills.Play;

/// <summary>The allocator of a drill's trainees: it ships nothing on its own; every shipment is one of their orders.</summary>
internal sealed class NoAllocation : ISupplyStrategy
{
    public IEnumerable<Dispatch> Allocate(SupplySituation situation) => [];
}
