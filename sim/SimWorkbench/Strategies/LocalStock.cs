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

    /// <inheritdoc/>
    public IEnumerable<Dispatch> Allocate(SupplySituation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        _dispatches.Clear();
        _reserves.ShipEverywhere(situation, _dispatches);
        if (situation.Strategy.MutualAid is { } aid)
        {
            _aid.Send(situation, aid, _reserves.Granted, _dispatches);
        }

        return _dispatches;
    }
}
