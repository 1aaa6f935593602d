namespace SimWorkbench.Network.Routing;

/// <summary>
/// A path through a <see cref="RoadGraph"/>: the arcs in travel order, with the hours and
/// kilometres they took when the path was found (states change later; the arcs stay).
/// </summary>
/// <param name="Arcs">Arc indices of the graph, in travel order; empty when start and end are the same node.</param>
/// <param name="Hours">Travel hours over the arcs in their states when the path was found.</param>
/// <param name="Kilometres">Length of the path in km.</param>
internal sealed record Route(int[] Arcs, double Hours, double Kilometres)
{
    /// <summary>The path from a node to itself: no arcs, no time.</summary>
    public static Route Empty { get; } = new([], 0, 0);
}
