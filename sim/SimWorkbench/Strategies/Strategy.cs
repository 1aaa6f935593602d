using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Strategies;

/// <summary>A way of holding and moving supplies, one of those a scenario compares.</summary>
/// <param name="Id">The strategy's id.</param>
/// <param name="Name">A display name.</param>
/// <param name="Kind">Centralised, distributed or hybrid.</param>
/// <param name="Allocation">How scarce stock is shared among cities.</param>
/// <param name="AllocationPeriod">How often the allocator decides.</param>
/// <param name="Hubs">The hub depots of a hybrid strategy; empty otherwise.</param>
/// <param name="Stock">Where its stock is at the start: per depot, per commodity (depots not listed hold nothing).</param>
/// <param name="Fleets">The fleets it uses.</param>
/// <param name="MutualAid">Mutual aid between cities, or null.</param>
/// <param name="PrePositioning">Pre-positioning on warning, or null.</param>
public sealed record Strategy(
    StrategyId Id,
    string Name,
    StrategyKind Kind,
    AllocationRule Allocation,
    Duration AllocationPeriod,
    IReadOnlyList<DepotId> Hubs,
    IReadOnlyDictionary<DepotId, IReadOnlyDictionary<CommodityId, Amount>> Stock,
    IReadOnlyList<FleetId> Fleets,
    MutualAid? MutualAid,
    PrePositioning? PrePositioning)
{
    /// <summary>Its total stock of one commodity over all depots.</summary>
    /// <param name="commodity">The commodity.</param>
    /// <returns>The sum.</returns>
    public Amount TotalStock(CommodityId commodity)
    {
        var total = 0.0;
        foreach (var held in Stock.Values)
        {
            if (held.TryGetValue(commodity, out var amount))
            {
                total += amount.Units;
            }
        }

        return new(total);
    }
}
