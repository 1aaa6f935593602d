namespace SimWorkbench.Strategies;

/// <summary>
/// The distributed strategy as far as this version goes: the stock sits in the cities' local
/// depots, which are the cities' own stock, so their people draw on it directly and nothing needs
/// shipping. Mutual aid between neighbours (the strategy's <c>mutual_aid</c>) is where it will
/// dispatch; until then it dispatches nothing.
/// </summary>
public sealed class LocalStock : ISupplyStrategy
{
    /// <inheritdoc/>
    public IEnumerable<Dispatch> Allocate(SupplySituation situation) => [];
}
