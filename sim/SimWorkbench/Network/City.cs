using SimWorkbench.Commodities;
using SimWorkbench.Quantities;

namespace SimWorkbench.Network;

/// <summary>A district or town whose people need supplies.</summary>
/// <param name="Id">The city's id; also its node id in the network.</param>
/// <param name="Name">A display name.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Population">Residents, at least 1.</param>
/// <param name="Priority">Weight under priority-weighted allocation (above 0; 1 is ordinary, 2 twice as urgent).</param>
/// <param name="Need">Minimum daily need per person for each commodity (the commodity's default unless the city overrides it).</param>
/// <param name="RecoveryTime">How long after its utilities fail (a <c>city</c> fragility curve) its people depend on emergency supply.</param>
public sealed record City(
    CityId Id,
    string Name,
    GeoPoint Location,
    long Population,
    double Priority,
    IReadOnlyDictionary<CommodityId, DailyNeed> Need,
    Duration RecoveryTime)
{
    /// <summary>The city's node in the network, for links.</summary>
    public NodeId Node => new(Id.Value);
}
