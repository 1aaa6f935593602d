using SimWorkbench.Hazards;
using SimWorkbench.Network;

namespace SimWorkbench.Supply;

/// <summary>
/// Everything a hazard can strike, in one fixed order: links (in scenario order), then depots,
/// then cities. Damage is drawn in this order, so a run's draws do not depend on anything else.
/// </summary>
internal sealed class Elements
{
    public Elements(IReadOnlyList<Link> links, IReadOnlyList<Depot> depots, IReadOnlyList<City> cities)
    {
        LinkCount = links.Count;
        DepotCount = depots.Count;
        CityCount = cities.Count;
        var n = LinkCount + DepotCount + CityCount;
        Targets = new Target[n];
        Kinds = new ElementKind[n];
        Positions = new GeoPoint[n];
        var nodes = new Dictionary<NodeId, GeoPoint>();
        foreach (var city in cities)
        {
            nodes[city.Node] = city.Location;
        }

        foreach (var depot in depots)
        {
            nodes.TryAdd(depot.Node, depot.Location);
        }

        for (var l = 0; l < LinkCount; l++)
        {
            var link = links[l];
            Targets[l] = new Target(TargetType.Link, link.Id.Value);
            Kinds[l] = KindOf(link.Kind);
            var (from, to) = (nodes[link.From], nodes[link.To]);

            // A link is placed at the midpoint of its ends: near enough for a footprint tens of kilometres wide.
            Positions[l] = new GeoPoint((from.Latitude + to.Latitude) / 2, (from.Longitude + to.Longitude) / 2);
        }

        for (var d = 0; d < DepotCount; d++)
        {
            Targets[LinkCount + d] = new Target(TargetType.Depot, depots[d].Id.Value);
            Kinds[LinkCount + d] = ElementKind.Depot;
            Positions[LinkCount + d] = depots[d].Location;
        }

        for (var i = 0; i < CityCount; i++)
        {
            var e = LinkCount + DepotCount + i;
            Targets[e] = new Target(TargetType.City, cities[i].Id.Value);
            Kinds[e] = ElementKind.City;
            Positions[e] = cities[i].Location;
        }

        Index = new Dictionary<Target, int>(n);
        for (var e = 0; e < n; e++)
        {
            Index[Targets[e]] = e;
        }
    }

    public int LinkCount { get; }

    public int DepotCount { get; }

    public int CityCount { get; }

    public int Count => Targets.Length;

    public Target[] Targets { get; }

    public ElementKind[] Kinds { get; }

    public GeoPoint[] Positions { get; }

    public Dictionary<Target, int> Index { get; }

    public int FirstDepot => LinkCount;

    public int FirstCity => LinkCount + DepotCount;

    /// <summary>The fragility curve element kind of a link kind.</summary>
    /// <param name="kind">The link's kind.</param>
    /// <returns>The element kind of the same name.</returns>
    public static ElementKind KindOf(LinkKind kind) => kind switch
    {
        LinkKind.Road => ElementKind.Road,
        LinkKind.Bridge => ElementKind.Bridge,
        LinkKind.Tunnel => ElementKind.Tunnel,
        LinkKind.MountainPass => ElementKind.MountainPass,
        LinkKind.RailLine => ElementKind.RailLine,
        LinkKind.RailBridge => ElementKind.RailBridge,
        LinkKind.SeaRoute => ElementKind.SeaRoute,
        LinkKind.AirRoute => ElementKind.AirRoute,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown link kind."),
    };
}
