namespace SimWorkbench.Network.Routing;

/// <summary>
/// The transport network of one run as a directed graph: its nodes are the cities and the depots
/// with a location of their own (a depot in a city is reached through the city's node), its arcs
/// the links (two arcs for a two-way link, one for a one-way link). Each link has a current state;
/// <see cref="FastestPath"/> runs Dijkstra over the states as they are now.
/// </summary>
/// <remarks>
/// A run asks for the same paths over and over (every allocation period, every trip), while
/// states change only at hazards and repairs. So each search runs to the whole tree of fastest
/// paths from its start (for one mode and speed) and keeps it until a state changes: any
/// <see cref="SetState"/> that changes something bumps a version and every kept tree is searched
/// again when next asked. The whole tree gives the same path to each node as a search stopped at
/// that node: a node's path is fixed when it is settled, and the search does the same steps up to
/// there.
/// </remarks>
/// <remarks>
/// Travel hours of a link: its <see cref="Link.TravelTime"/> when the scenario gives one (the
/// same for every vehicle), otherwise its length at the vehicle's speed; a degraded link takes
/// that times its slowdown factor; a closed link cannot be entered. This is mutable state of a
/// running simulation: one graph per run, not shared between threads.
/// </remarks>
internal sealed class RoadGraph
{
    /// <summary>
    /// Travel time multiplier of a degraded link unless the damage says otherwise: 2, the default
    /// <c>slowdown</c> of a fragility curve (scenarios/README.md), so a link that starts degraded
    /// is as slow as one a hazard degrades without naming a factor.
    /// </summary>
    public const double DefaultDegradedSlowdown = 2.0;

    private readonly NodeId[] _nodes;
    private readonly Dictionary<NodeId, int> _nodeIndex;
    private readonly Link[] _links;
    private readonly Dictionary<LinkId, int> _linkIndex;
    private readonly LinkState[] _states;
    private readonly double[] _slowdowns;

    // Arcs in compressed rows: node n's arcs are _arcTo[_firstArc[n] .. _firstArc[n + 1]), in
    // link file order, so that the search visits them in the same order on every machine.
    private readonly int[] _firstArc;
    private readonly int[] _arcFrom;
    private readonly int[] _arcTo;
    private readonly int[] _arcLink;

    // Dijkstra's working set, reused by every search.
    private readonly bool[] _settled;
    private readonly PriorityQueue<int, (double Hours, int Node)> _frontier = new();

    // Fastest-path trees by start node, each node's chained by (mode, speed): a trip asks twice
    // (out and back), and a node has a tree or two, so a short walk beats hashing the key.
    // Valid while their version is the graph's.
    private readonly PathTree?[] _treesFrom;
    private int _version;

    /// <summary>Builds the graph of a network, every link in its initial state.</summary>
    /// <param name="network">The network; its links name only cities and depots with a location.</param>
    public RoadGraph(RegionNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var nodes = new List<NodeId>(network.Cities.Count + network.Depots.Count);
        foreach (var city in network.Cities)
        {
            nodes.Add(city.Node);
        }

        foreach (var depot in network.Depots)
        {
            if (depot.City is null)
            {
                nodes.Add(depot.Node);
            }
        }

        _nodes = [.. nodes];
        _nodeIndex = new Dictionary<NodeId, int>(_nodes.Length);
        for (var i = 0; i < _nodes.Length; i++)
        {
            _nodeIndex.Add(_nodes[i], i);
        }

        _links = [.. network.Links];
        _linkIndex = new Dictionary<LinkId, int>(_links.Length);
        _states = new LinkState[_links.Length];
        _slowdowns = new double[_links.Length];
        for (var l = 0; l < _links.Length; l++)
        {
            _linkIndex.Add(_links[l].Id, l);
            _states[l] = _links[l].InitialState;
            _slowdowns[l] = DefaultDegradedSlowdown;
        }

        (_firstArc, _arcFrom, _arcTo, _arcLink) = BuildArcs(_nodes.Length, _links, _nodeIndex);
        _settled = new bool[_nodes.Length];
        _treesFrom = new PathTree?[_nodes.Length];
    }

    /// <summary>The number of nodes: cities first (in file order), then depots with a location of their own.</summary>
    public int NodeCount => _nodes.Length;

    /// <summary>The number of links, in file order.</summary>
    public int LinkCount => _links.Length;

    /// <summary>Goes up whenever a link's state or slowdown changes: paths found at one version hold until the next.</summary>
    public int Version => _version;

    /// <summary>The index of a node.</summary>
    /// <param name="node">A city's node or a depot's node.</param>
    /// <returns>Its index in 0 .. <see cref="NodeCount"/> − 1.</returns>
    public int IndexOf(NodeId node) => _nodeIndex[node];

    /// <summary>The index of a link, in file order.</summary>
    /// <param name="link">The link's id.</param>
    /// <returns>Its index in 0 .. <see cref="LinkCount"/> − 1.</returns>
    public int IndexOf(LinkId link) => _linkIndex[link];

    /// <summary>The link an arc runs along.</summary>
    /// <param name="arc">An arc index from a <see cref="Route"/>.</param>
    /// <returns>The link's index.</returns>
    public int LinkOf(int arc) => _arcLink[arc];

    /// <summary>The link at an index.</summary>
    /// <param name="link">The link's index.</param>
    /// <returns>The link.</returns>
    public Link LinkAt(int link) => _links[link];

    /// <summary>A link's current state.</summary>
    /// <param name="link">The link's index.</param>
    /// <returns>Open, degraded or closed.</returns>
    public LinkState StateOf(int link) => _states[link];

    /// <summary>A link's travel time multiplier while it is degraded.</summary>
    /// <param name="link">The link's index.</param>
    /// <returns>At least 1.</returns>
    public double SlowdownOf(int link) => _slowdowns[link];

    /// <summary>Sets a link's state; paths found from now on see it.</summary>
    /// <param name="link">The link's index.</param>
    /// <param name="state">The new state.</param>
    /// <param name="slowdown">Travel time multiplier while degraded, at least 1.</param>
    public void SetState(int link, LinkState state, double slowdown = DefaultDegradedSlowdown)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slowdown, 1.0);
        if (_states[link] != state || _slowdowns[link] != slowdown)
        {
            _states[link] = state;
            _slowdowns[link] = slowdown;
            _version++;
        }
    }

    /// <summary>Hours to traverse an arc in its link's current state, or +∞ when the link is closed.</summary>
    /// <param name="arc">The arc.</param>
    /// <param name="speedKmPerHour">The vehicle's speed, used when the link has no travel time of its own.</param>
    /// <returns>Hours.</returns>
    public double ArcHours(int arc, double speedKmPerHour)
    {
        var l = _arcLink[arc];
        var link = _links[l];
        var open = link.TravelTime is { } time ? time.Hours : link.Length.Kilometres / speedKmPerHour;
        return _states[l] switch
        {
            LinkState.Open => open,
            LinkState.Degraded => open * _slowdowns[l],
            _ => double.PositiveInfinity,
        };
    }

    /// <summary>
    /// The fastest path from one node to another over links of one mode in their current states
    /// (Dijkstra; closed links skipped). Ties go to the path found first, visiting nodes in index
    /// order and arcs in link file order, so the answer is the same on every run.
    /// </summary>
    /// <param name="from">The start node's index.</param>
    /// <param name="to">The end node's index.</param>
    /// <param name="mode">Only links of this mode are used.</param>
    /// <param name="speedKmPerHour">The vehicle's speed in km/h, for links without a travel time; above 0.</param>
    /// <returns>The path, or null when no open path of that mode joins them.</returns>
    public Route? FastestPath(int from, int to, LinkMode mode, double speedKmPerHour)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(speedKmPerHour);
        if (from == to)
        {
            return Route.Empty;
        }

        var tree = TreeFrom(from, mode, speedKmPerHour);
        return tree.Routes[to] ??= double.IsFinite(tree.Hours[to]) ? TraceBack(tree, from, to) : null;
    }

    /// <summary>The tree of fastest paths from a node, searched again if a state changed since it was kept.</summary>
    private PathTree TreeFrom(int from, LinkMode mode, double speedKmPerHour)
    {
        var tree = _treesFrom[from];
        while (tree is not null && (tree.Mode != mode || tree.Speed != speedKmPerHour))
        {
            tree = tree.Next;
        }

        if (tree is not null && tree.Version == _version)
        {
            return tree;
        }

        if (tree is null)
        {
            tree = new PathTree(_nodes.Length, mode, speedKmPerHour, _treesFrom[from]);
            _treesFrom[from] = tree;
        }

        Search(from, mode, speedKmPerHour, tree);
        tree.Version = _version;
        return tree;
    }

    /// <summary>Dijkstra from one node to every node it reaches; closed links skipped.</summary>
    private void Search(int from, LinkMode mode, double speedKmPerHour, PathTree tree)
    {
        var hoursTo = tree.Hours;
        var arcIn = tree.ArcIn;
        Array.Fill(hoursTo, double.PositiveInfinity);
        Array.Fill(arcIn, -1);
        Array.Clear(tree.Routes);
        Array.Clear(_settled);
        _frontier.Clear();
        hoursTo[from] = 0;
        _frontier.Enqueue(from, (0, from));
        while (_frontier.TryDequeue(out var node, out _))
        {
            if (_settled[node])
            {
                continue;
            }

            _settled[node] = true;
            for (var arc = _firstArc[node]; arc < _firstArc[node + 1]; arc++)
            {
                var next = _arcTo[arc];
                if (_settled[next] || _links[_arcLink[arc]].Mode != mode)
                {
                    continue;
                }

                var hours = hoursTo[node] + ArcHours(arc, speedKmPerHour);
                if (hours < hoursTo[next])
                {
                    hoursTo[next] = hours;
                    arcIn[next] = arc;
                    _frontier.Enqueue(next, (hours, next));
                }
            }
        }
    }

    private Route TraceBack(PathTree tree, int from, int to)
    {
        var arcIn = tree.ArcIn;
        var count = 0;
        for (var node = to; node != from; node = _arcFrom[arcIn[node]])
        {
            count++;
        }

        var arcs = new int[count];
        var km = 0.0;
        for (var node = to; node != from; node = _arcFrom[arcIn[node]])
        {
            var arc = arcIn[node];
            arcs[--count] = arc;
            km += _links[_arcLink[arc]].Length.Kilometres;
        }

        return new Route(arcs, tree.Hours[to], km);
    }

    private static (int[] First, int[] From, int[] To, int[] Link) BuildArcs(int nodeCount, Link[] links, Dictionary<NodeId, int> nodeIndex)
    {
        var outgoing = new int[nodeCount + 1];
        foreach (var link in links)
        {
            outgoing[nodeIndex[link.From]]++;
            if (!link.OneWay)
            {
                outgoing[nodeIndex[link.To]]++;
            }
        }

        var first = new int[nodeCount + 1];
        for (var n = 0; n < nodeCount; n++)
        {
            first[n + 1] = first[n] + outgoing[n];
        }

        var from = new int[first[nodeCount]];
        var to = new int[from.Length];
        var linkOf = new int[from.Length];
        var filled = new int[nodeCount];
        for (var l = 0; l < links.Length; l++)
        {
            var a = nodeIndex[links[l].From];
            var b = nodeIndex[links[l].To];
            Add(a, b, l);
            if (!links[l].OneWay)
            {
                Add(b, a, l);
            }
        }

        return (first, from, to, linkOf);

        void Add(int tail, int head, int link)
        {
            var arc = first[tail] + filled[tail]++;
            from[arc] = tail;
            to[arc] = head;
            linkOf[arc] = link;
        }
    }

    /// <summary>The fastest paths from one node for one mode and speed: hours and last arc to every node, and the routes traced so far.</summary>
    private sealed class PathTree(int nodes, LinkMode mode, double speed, PathTree? next)
    {
        public LinkMode Mode { get; } = mode;

        public double Speed { get; } = speed;

        /// <summary>The same node's tree for another mode or speed.</summary>
        public PathTree? Next { get; } = next;

        public double[] Hours { get; } = new double[nodes];

        public int[] ArcIn { get; } = new int[nodes];

        public Route?[] Routes { get; } = new Route?[nodes];

        public int Version { get; set; }
    }
}
