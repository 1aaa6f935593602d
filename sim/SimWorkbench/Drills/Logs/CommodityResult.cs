using SimWorkbench.Commodities;

namespace SimWorkbench.Drills.Logs;

/// <summary>A session's result for one commodity, from the log's summary line.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="FillRate">Share of the need over the drill that was served, or null when there was no need.</param>
/// <param name="UnmetPersonDays">Person-days without the minimum, or null when not finite.</param>
/// <param name="DeprivationCost">Deprivation cost in the scenario's currency, or null when not finite.</param>
public sealed record CommodityResult(CommodityId Commodity, double? FillRate, double? UnmetPersonDays, double? DeprivationCost);
