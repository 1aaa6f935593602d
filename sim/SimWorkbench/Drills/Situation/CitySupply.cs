using SimWorkbench.Commodities;
using SimWorkbench.Network;

namespace SimWorkbench.Drills.Situation;

/// <summary>A city's supply of one commodity now.</summary>
/// <param name="City">The city.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="Stock">Units in the city's own stock now.</param>
/// <param name="OnTheWay">Units loaded or on the road to it.</param>
/// <param name="NeedPerHour">Its people's need now, in units per hour.</param>
/// <param name="UnmetUnits">Need not served since the start of the drill, in units.</param>
/// <param name="Unit">The commodity's unit.</param>
public sealed record CitySupply(CityId City, CommodityId Commodity, double Stock, double OnTheWay, double NeedPerHour, double UnmetUnits, string Unit);
