namespace SimWorkbench.Strategies;

/// <summary>
/// The central allocator: one decision-maker that sees every city and ships from the reserve
/// depots (every depot that is not a city's own local stock) by the strategy's allocation rule.
/// </summary>
/// <remarks>
/// <para>Each period, for each commodity: a city's shortfall is its need for every hour that
/// starts before the next decision's load can arrive (need is drawn at the start of each hour:
/// ceil(period + lead) hours, the lead being a full load at its depot's loading rate plus the
/// road from its nearest reserve that holds the commodity), less its stock and what is already
/// on the way (never below 0). When the reserves hold less than the shortfalls
/// add up to, the rule shares what they hold (<see cref="ShareOut"/>). Each city's grant is then
/// taken from the reserves it can reach, nearest first (ties: the strategy's fleet order), and
/// split into full vehicle loads of that fleet and one partial load.</para>
/// <para>Vehicles are allocated with the stock, one fleet deep: a fleet takes on at most the
/// payload of its vehicles less the loads already waiting for one; past that the payload is shared
/// among the commodities max-min fairly by mass, every grant of a commodity on it is cut by the
/// same share, and the rest waits at the depot for the next decision. Loads wait for
/// vehicles at the depot while the fleet is out; the shortfall counts them, so nothing is asked
/// for twice.</para>
/// </remarks>
public sealed class CentralisedAllocation : ISupplyStrategy
{
    private readonly ReserveShipping _reserves = new();
    private readonly List<Dispatch> _dispatches = [];

    /// <inheritdoc/>
    public IEnumerable<Dispatch> Allocate(SupplySituation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        _dispatches.Clear();
        _reserves.ShipEverywhere(situation, _dispatches);
        return _dispatches;
    }
}
