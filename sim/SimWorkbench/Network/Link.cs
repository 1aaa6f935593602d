using SimWorkbench.Quantities;

namespace SimWorkbench.Network;

/// <summary>A transport link between two nodes (cities or depots).</summary>
/// <param name="Id">The link's id.</param>
/// <param name="From">One end.</param>
/// <param name="To">The other end.</param>
/// <param name="Mode">Road, rail, air or water: which fleets can use it.</param>
/// <param name="Kind">What it is built as (road, bridge, mountain pass…): which fragility curves apply.</param>
/// <param name="Length">Its length.</param>
/// <param name="TravelTime">Time to traverse it when open, or null to use the vehicle's speed over the length.</param>
/// <param name="Throughput">The most mass it carries per hour, or null for no limit.</param>
/// <param name="RepairTime">Time to reopen it after a hazard closes or degrades it.</param>
/// <param name="OneWay">True when it runs only from <paramref name="From"/> to <paramref name="To"/>.</param>
/// <param name="InitialState">Its state at the start of a run; a link that starts degraded or closed reopens after its repair time.</param>
public sealed record Link(
    LinkId Id,
    NodeId From,
    NodeId To,
    LinkMode Mode,
    LinkKind Kind,
    Distance Length,
    Duration? TravelTime,
    MassRate? Throughput,
    Duration RepairTime,
    bool OneWay,
    LinkState InitialState);
