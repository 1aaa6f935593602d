using SimWorkbench.Commodities;
using SimWorkbench.Quantities;

namespace SimWorkbench.Hazards;

/// <summary>A rise in the need for one commodity in the cities a hazard affects (medical care for the injured, water after contamination).</summary>
/// <param name="Commodity">The commodity needed more.</param>
/// <param name="Multiplier">The need is multiplied by this, above 0 (3 means three times the minimum).</param>
/// <param name="Duration">How long the surge lasts from the hazard's onset.</param>
public sealed record DemandSurge(CommodityId Commodity, double Multiplier, Duration Duration);
