using SimWorkbench.Quantities;

namespace SimWorkbench.Hazards;

/// <summary>People leaving the cities a hazard affects for the nearest unaffected city.</summary>
/// <param name="Share">The share of an affected city's population that leaves, at full intensity.</param>
/// <param name="ReturnAfter">How long after onset they go home.</param>
public sealed record Displacement(Fraction Share, Duration ReturnAfter);
