namespace SimWorkbench.Strategies;

/// <summary>
/// The hybrid allocator: each hub (<see cref="Strategy.Hubs"/>) allocates its stock among the
/// cities it serves, on top of the stock the cities hold themselves.
/// </summary>
/// <remarks>
/// Every period each city is served by the hub it is fastest to reach from now (a full load at the
/// hub's loading rate plus the fastest open road, over the hub's fleets; ties: the strategy's hub
/// order); a city no hub reaches is served by none. Each hub then shares its stock among its
/// cities as <see cref="CentralisedAllocation"/> does among all. Stock at any other depot the
/// strategy has a fleet at (supplier deliveries at a national reserve, say) is shipped after that
/// to every city, counting what the hubs granted. Last, with <see cref="Strategy.MutualAid"/>,
/// cities with ample cover send to short neighbours with their own local fleets.
/// </remarks>
public sealed class HubAllocation : ISupplyStrategy
{
    private readonly ReserveShipping _reserves = new();
    private readonly NeighbourAid _aid = new();
    private readonly List<Dispatch> _dispatches = [];
    private bool[] _fleets = [];
    private bool[] _cities = [];
    private int[] _hubOf = [];

    /// <inheritdoc/>
    public IEnumerable<Dispatch> Allocate(SupplySituation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        _dispatches.Clear();
        var fleets = situation.Fleets;
        var n = situation.Cities.Count;
        var hubs = situation.Strategy.Hubs;
        if (_cities.Length != n || _fleets.Length != fleets.Count)
        {
            _fleets = new bool[fleets.Count];
            _cities = new bool[n];
            _hubOf = new int[n];
        }

        _reserves.Begin(situation);
        for (var i = 0; i < n; i++)
        {
            _hubOf[i] = -1;
            var fastest = double.PositiveInfinity;
            for (var h = 0; h < hubs.Count; h++)
            {
                for (var f = 0; f < fleets.Count; f++)
                {
                    if (fleets[f].Depot == hubs[h] && _reserves.LeadHours(f, i) < fastest)
                    {
                        fastest = _reserves.LeadHours(f, i);
                        _hubOf[i] = h;
                    }
                }
            }
        }

        for (var h = 0; h < hubs.Count; h++)
        {
            for (var f = 0; f < fleets.Count; f++)
            {
                _fleets[f] = fleets[f].Depot == hubs[h];
            }

            for (var i = 0; i < n; i++)
            {
                _cities[i] = _hubOf[i] == h;
            }

            _reserves.Ship(situation, _fleets, _cities, _dispatches);
        }

        for (var f = 0; f < fleets.Count; f++)
        {
            _fleets[f] = !hubs.Contains(fleets[f].Depot);
        }

        Array.Fill(_cities, true);
        _reserves.Ship(situation, _fleets, _cities, _dispatches);
        if (situation.Strategy.MutualAid is { } aid)
        {
            _aid.Send(situation, aid, _reserves.Granted, _dispatches);
        }

        return _dispatches;
    }
}
