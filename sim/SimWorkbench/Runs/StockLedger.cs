using SimWorkbench.Commodities;

namespace SimWorkbench.Runs;

/// <summary>
/// Where one commodity's stock went in a run, in the commodity's unit: initial + procured =
/// consumed + in stock + in transit + lost. A run checks it balances (<see cref="EnsureBalanced"/>).
/// </summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="Initial">Held at the start, in every depot.</param>
/// <param name="Procured">Delivered by suppliers during the run.</param>
/// <param name="Consumed">Drawn by the cities' people.</param>
/// <param name="InStock">Held in depots and cities at the end.</param>
/// <param name="InTransit">Off the ground at the end: committed to a trip, loading, on the road or riding back.</param>
/// <param name="Lost">Destroyed by hazards.</param>
public sealed record StockLedger(CommodityId Commodity, double Initial, double Procured, double Consumed, double InStock, double InTransit, double Lost)
{
    /// <summary>
    /// Relative tolerance for rounding: sums of millions of floating-point moves drift by about
    /// 1e-16 per move, far below this; a real leak of stock is far above it.
    /// </summary>
    private const double Tolerance = 1e-9;

    /// <summary>(initial + procured) − (consumed + in stock + in transit + lost): 0 up to rounding.</summary>
    public double Imbalance => Initial + Procured - (Consumed + InStock + InTransit + Lost);

    /// <summary>Throws unless the ledger balances to within rounding: a broken balance is a bug in the engine, not bad input.</summary>
    /// <exception cref="InvalidOperationException">It does not balance; the message names the commodity and every figure.</exception>
    public void EnsureBalanced()
    {
        var scale = Math.Max(1, Initial + Procured);
        if (!(Math.Abs(Imbalance) <= Tolerance * scale) || InTransit < -Tolerance * scale)
        {
            throw new InvalidOperationException(
                $"Supplies of '{Commodity}' are not conserved: initial {Initial:R} + procured {Procured:R} ≠ consumed {Consumed:R} + in stock {InStock:R} + in transit {InTransit:R} + lost {Lost:R} (off by {Imbalance:R}).");
        }
    }
}
