using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Strategies;

/// <summary>
/// One vehicle load: an amount of one commodity taken from a fleet's home depot to a city by one
/// vehicle of that fleet. The stock leaves the depot when the dispatch is made and counts as in
/// transit to the city until it is unloaded there.
/// </summary>
/// <param name="Fleet">The fleet whose vehicle carries it; its home depot is where the stock comes from.</param>
/// <param name="To">The city it goes to.</param>
/// <param name="Commodity">What it carries.</param>
/// <param name="Amount">How much, in the commodity's unit: at most one vehicle's payload by mass.</param>
public sealed record Dispatch(FleetId Fleet, CityId To, CommodityId Commodity, Amount Amount);
