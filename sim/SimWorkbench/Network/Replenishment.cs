using SimWorkbench.Commodities;
using SimWorkbench.Quantities;

namespace SimWorkbench.Network;

/// <summary>How suppliers restock a depot once an emergency starts.</summary>
/// <param name="LeadTime">Time from the first hazard's onset to the first delivery from suppliers.</param>
/// <param name="Rate">Delivery rate per commodity after the lead time (commodities not listed are not restocked).</param>
public sealed record Replenishment(Duration LeadTime, IReadOnlyDictionary<CommodityId, AmountRate> Rate);
