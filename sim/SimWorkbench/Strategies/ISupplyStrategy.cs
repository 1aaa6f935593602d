namespace SimWorkbench.Strategies;

/// <summary>
/// Decides what to ship: the one extension point of the supply engine, small enough to write in a
/// notebook. Every allocation period the run shows it the situation and carries out the
/// dispatches it returns, each as one vehicle's round trip.
/// </summary>
/// <remarks>
/// An implementation may keep state between periods (one instance serves one run). It must ask
/// only for what can be done: a dispatch larger than one vehicle's payload, or more than its
/// depot holds once the earlier dispatches of the same period are taken, stops the run with an
/// <see cref="InvalidOperationException"/> that names it.
/// </remarks>
public interface ISupplyStrategy
{
    /// <summary>What to ship now.</summary>
    /// <param name="situation">A read-only view of the run at this moment; valid only during the call.</param>
    /// <returns>The dispatches, carried out in order; none to ship nothing.</returns>
    IEnumerable<Dispatch> Allocate(SupplySituation situation);
}
