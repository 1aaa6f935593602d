namespace SimWorkbench.Strategies;

/// <summary>
/// The distributed allocator. The stock sits in the cities' local depots, which are the cities'
/// own stock: their people draw on it directly, and nothing needs shipping for them. It ships in
/// two cases: stock at any other depot the strategy has a fleet at (supplier deliveries, or stock
/// the scenario placed there) goes to the cities by need as <see cref="CentralisedAllocation"/>
/// ships it; and, when the strategy has <see cref="Strategy.MutualAid"/>, cities with ample cover
/// send to short neighbours with their own local fleets.
/// </summary>
public sealed class LocalStock : ISupplyStrategy
{
    private readonly ReserveShipping _reserves = new();
    private readonly NeighbourAid _aid = new();
    private readonly List<Dispatch> _dispatches = [];
    private bool[] _everyFleet = [];
    private bool[] _everyCity = [];

    /// <inheritdoc/>
    public IEnumerable<Dispatch> Allocate(SupplySituation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        _dispatches.Clear();
        if (_everyCity.Length != situation.Cities.Count || _everyFleet.Length != situation.Fleets.Count)
        {
            _everyFleet = [.. situation.Fleets.Select(_ => true)];
            _everyCity = [.. situation.Cities.Select(_ => true)];
        }

        _reserves.Begin(situation);
        _reserves.Ship(situation, _everyFleet, _everyCity, _dispatches);
        if (situation.Strategy.MutualAid is { } aid)
        {
            _aid.Send(situation, aid, _reserves.Granted, _dispatches);
        }

        return _dispatches;
    }
}
