using SimWorkbench.Commodities;
using SimWorkbench.Quantities;

namespace SimWorkbench.Network;

/// <summary>A stockpile: a warehouse that holds, loads and ships supplies.</summary>
/// <param name="Id">The depot's id; also its node id unless it sits in a city.</param>
/// <param name="Name">A display name.</param>
/// <param name="Tier">National, regional or local.</param>
/// <param name="City">The city it sits in (its node is that city's), or null when it is its own node.</param>
/// <param name="Location">Where it is: the city's location when it sits in one.</param>
/// <param name="Capacity">The most it can hold of each commodity (0 for a commodity not listed).</param>
/// <param name="Stock">Its stock at the start, per commodity, unless a strategy places stock itself.</param>
/// <param name="Loading">Loading throughput: the mass of supplies it can load onto vehicles per hour.</param>
/// <param name="RepairTime">Time to restore throughput after hazard damage.</param>
/// <param name="Replenishment">How suppliers restock it, or null if they do not.</param>
public sealed record Depot(
    DepotId Id,
    string Name,
    DepotTier Tier,
    CityId? City,
    GeoPoint Location,
    IReadOnlyDictionary<CommodityId, Amount> Capacity,
    IReadOnlyDictionary<CommodityId, Amount> Stock,
    MassRate Loading,
    Duration RepairTime,
    Replenishment? Replenishment)
{
    /// <summary>The network node where vehicles load: the city it sits in, or the depot itself.</summary>
    public NodeId Node => City is { } city ? new(city.Value) : new(Id.Value);
}
