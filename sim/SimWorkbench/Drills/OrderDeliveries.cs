using SimWorkbench.Runs;

namespace SimWorkbench.Drills;

/// <summary>
/// The effect of one carried-out order: the vehicle loads it sent, as unloaded in its city.
/// </summary>
/// <param name="Result">The order and what became of it.</param>
/// <param name="Deliveries">Its loads as unloaded, in time order; fewer than <see cref="OrderResult.Loads"/> when the drill ended with some still on the way.</param>
public sealed record OrderDeliveries(OrderResult Result, IReadOnlyList<Delivery> Deliveries)
{
    /// <summary>
    /// Each accepted order of a session with the deliveries it caused. In a session of the trainees
    /// every load into a city is one of their orders' (their strategy ships nothing on its own), so
    /// an order's loads are the next ones to reach its city with its commodity after it was given;
    /// when two orders send the same commodity to the same city, their loads are counted in the
    /// order the orders were given (the total per city is exact, the split between them follows
    /// that rule).
    /// </summary>
    /// <param name="session">A session played by <see cref="DrillPlay.Play(Drill, IReadOnlyList{DrillOrder})"/>.</param>
    /// <returns>One entry per accepted order, in the order given.</returns>
    public static IReadOnlyList<OrderDeliveries> Of(DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var used = new bool[session.Outcome.Deliveries.Count];
        var effects = new List<OrderDeliveries>();
        foreach (var result in session.Orders.Where(o => o.Accepted).OrderBy(o => o.Order.At.Hours).ThenBy(o => o.Order.Number))
        {
            var order = result.Order;
            var loads = new List<Delivery>();
            for (var d = 0; d < used.Length && loads.Count < result.Loads; d++)
            {
                var delivery = session.Outcome.Deliveries[d];
                if (!used[d] && delivery.City == order.To && delivery.Commodity == order.Commodity && delivery.TimeHours >= order.At.Hours)
                {
                    used[d] = true;
                    loads.Add(delivery);
                }
            }

            effects.Add(new OrderDeliveries(result, loads));
        }

        return effects;
    }
}
