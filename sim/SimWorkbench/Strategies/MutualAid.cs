using SimWorkbench.Quantities;

namespace SimWorkbench.Strategies;

/// <summary>Neighbouring cities lending each other stock under a distributed or hybrid strategy.</summary>
/// <param name="Radius">Cities within this distance of each other help each other.</param>
/// <param name="Share">The most of its own stock a city gives away.</param>
public sealed record MutualAid(Distance Radius, Fraction Share);
