using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills;

/// <summary>
/// A trainees' order: dispatch an amount of a commodity from a depot to a city, split into loads
/// of the depot's fleet. It is checked when its time comes; one that cannot be carried out then is
/// refused with its reason and changes nothing.
/// </summary>
/// <param name="Number">The order's number, from 1, in the order file.</param>
/// <param name="At">When it is given, from the start of the run.</param>
/// <param name="From">The depot the stock leaves.</param>
/// <param name="To">The city it goes to.</param>
/// <param name="Commodity">What is sent.</param>
/// <param name="Amount">How much, in the commodity's unit.</param>
public sealed record DrillOrder(int Number, Duration At, DepotId From, CityId To, CommodityId Commodity, Amount Amount);
