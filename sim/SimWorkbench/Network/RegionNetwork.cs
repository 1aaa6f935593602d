namespace SimWorkbench.Network;

/// <summary>The supply network of a region: its cities, depots, links and fleets.</summary>
/// <param name="Cities">The cities, in file order.</param>
/// <param name="Depots">The depots, in file order.</param>
/// <param name="Links">The transport links, in file order.</param>
/// <param name="Fleets">The fleets, in file order.</param>
public sealed record RegionNetwork(
    IReadOnlyList<City> Cities,
    IReadOnlyList<Depot> Depots,
    IReadOnlyList<Link> Links,
    IReadOnlyList<Fleet> Fleets);
