using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Runs;

/// <summary>A load unloaded into a city.</summary>
/// <param name="TimeHours">When it was unloaded, in hours from the start of the run.</param>
/// <param name="City">Where.</param>
/// <param name="Commodity">What.</param>
/// <param name="Amount">How much went into the city's stock, in the commodity's unit (less than the load when the city had no room for all of it).</param>
public readonly record struct Delivery(double TimeHours, CityId City, CommodityId Commodity, Amount Amount);
