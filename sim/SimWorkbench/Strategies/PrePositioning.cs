using SimWorkbench.Quantities;

namespace SimWorkbench.Strategies;

/// <summary>Moving stock toward the threatened cities when a hazard is forecast.</summary>
/// <param name="Share">The share of stock held away from the threatened cities that is moved toward them.</param>
/// <param name="MinimumWarning">Warnings shorter than this are ignored (too late to move stock).</param>
public sealed record PrePositioning(Fraction Share, Duration MinimumWarning);
