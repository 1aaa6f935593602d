using SimWorkbench.Commodities;
using SimWorkbench.Network;

namespace SimWorkbench.Drills.Situation;

/// <summary>A depot's stock of one commodity now.</summary>
/// <param name="Depot">The depot.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="Units">Units held, in the commodity's unit (including what waiting loads of orders will take).</param>
/// <param name="Promised">Units of it promised to loads of orders waiting for a vehicle.</param>
/// <param name="Unit">The commodity's unit.</param>
public sealed record DepotStock(DepotId Depot, CommodityId Commodity, double Units, double Promised, string Unit);
