namespace SimWorkbench.Sweeps;

/// <summary>How a sweep chooses its points from the parameters' values.</summary>
/// <param name="Kind">Full grid, random sample or Latin hypercube.</param>
/// <param name="Points">How many points a random or Latin hypercube design draws; null for a grid (every combination).</param>
public sealed record SweepDesign(DesignKind Kind, int? Points);
