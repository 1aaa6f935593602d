using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills;

/// <summary>
/// An action expected of the trainees after an inject, assessed by what the world shows:
/// at least <paramref name="Amount"/> of <paramref name="Commodity"/> unloaded in
/// <paramref name="City"/> within <paramref name="Within"/> of the inject ("water reaches
/// Old Town within 12 h").
/// </summary>
/// <param name="Id">The expectation's id, which contingency injects name in <c>if_missed</c>.</param>
/// <param name="Text">The expected player action, as the trainer writes it.</param>
/// <param name="City">Where the supplies must arrive.</param>
/// <param name="Commodity">What must arrive.</param>
/// <param name="Amount">How much, at least, in the commodity's unit (deliveries summed from the inject on).</param>
/// <param name="Within">The time limit, from the moment the inject fires.</param>
public sealed record ExpectedAction(string Id, string Text, CityId City, CommodityId Commodity, Amount Amount, Duration Within);
