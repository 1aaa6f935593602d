using SimWorkbench.Commodities;
using SimWorkbench.Quantities;

namespace SimWorkbench.Hazards;

/// <summary>What sets a cascade rule off.</summary>
public abstract record CascadeTrigger;

/// <summary>A hazard of some kind reaching an element at or above an intensity.</summary>
/// <param name="Kind">The triggering hazard's kind.</param>
/// <param name="MinIntensity">The least intensity at an element that counts, in the kind's measure.</param>
public sealed record HazardTrigger(HazardKind Kind, double MinIntensity) : CascadeTrigger;

/// <summary>
/// A city held below a share of its minimum need for one commodity for a time (e.g. 72 h without
/// water). Fires at most once per city per run.
/// </summary>
/// <param name="Commodity">The commodity short.</param>
/// <param name="Below">The city counts as without it while served less than this share of its minimum need.</param>
/// <param name="For">How long the shortage must last without a break.</param>
public sealed record ShortageTrigger(CommodityId Commodity, Fraction Below, Duration For) : CascadeTrigger;
