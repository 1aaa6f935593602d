using SimWorkbench.Commodities;
using SimWorkbench.Drills.Orders;
using SimWorkbench.Network;
using SimWorkbench.Runs;

namespace SimWorkbench.Drills;

/// <summary>
/// The effect of one carried-out shipment (a dispatch or pre-position order) or reroute: the
/// vehicle loads it sent, as unloaded in its city.
/// </summary>
/// <param name="Result">The order and what became of it.</param>
/// <param name="City">Where its loads go: the shipment's city, or the city a reroute sent them to instead.</param>
/// <param name="Commodity">What they carry (for a reroute, the rerouted shipment's commodity).</param>
/// <param name="Deliveries">Its loads as unloaded, in time order; fewer than it sent when the drill ended with some still on the way.</param>
public sealed record OrderDeliveries(OrderResult Result, CityId City, CommodityId Commodity, IReadOnlyList<Delivery> Deliveries)
{
    /// <summary>
    /// Each accepted shipment and reroute of a session with the deliveries it caused. In a session
    /// of the trainees every load into a city is one of their shipments' or reroutes' (their
    /// strategy ships nothing on its own), or mutual aid's when they switched it on; an order's
    /// loads are the next ones to reach its city with its commodity after it was given, a shipment
    /// counting the loads it sent less those a later reroute redirected. When two orders (or mutual
    /// aid) send the same commodity to the same city, loads are counted in the order the orders were
    /// given (the total per city is exact, the split between them follows that rule).
    /// </summary>
    /// <param name="session">A session played by <see cref="DrillPlay.Play(Drill, IReadOnlyList{DrillOrder})"/>.</param>
    /// <returns>One entry per accepted shipment or reroute, in the order given.</returns>
    public static IReadOnlyList<OrderDeliveries> Of(DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var accepted = session.Orders.Where(o => o.Accepted).OrderBy(o => o.Order.At.Hours).ThenBy(o => o.Order.Number).ToList();
        var shipments = new Dictionary<int, (CityId To, CommodityId Commodity)>();
        var redirected = new Dictionary<int, int>();
        foreach (var result in accepted)
        {
            switch (result.Order)
            {
                case DispatchOrder o:
                    shipments[o.Number] = (o.To, o.Commodity);
                    break;
                case PrepositionOrder o:
                    shipments[o.Number] = (o.To, o.Commodity);
                    break;
                case RerouteOrder o:
                    redirected[o.Order] = redirected.GetValueOrDefault(o.Order) + result.Loads;
                    break;
            }
        }

        var used = new bool[session.Outcome.Deliveries.Count];
        var effects = new List<OrderDeliveries>();
        foreach (var result in accepted)
        {
            if (Target(result, shipments, redirected) is not { } target)
            {
                continue;
            }

            var (city, commodity, loads) = target;
            var unloaded = new List<Delivery>();
            for (var d = 0; d < used.Length && unloaded.Count < loads; d++)
            {
                var delivery = session.Outcome.Deliveries[d];
                if (!used[d] && delivery.City == city && delivery.Commodity == commodity && delivery.TimeHours >= result.Order.At.Hours)
                {
                    used[d] = true;
                    unloaded.Add(delivery);
                }
            }

            effects.Add(new OrderDeliveries(result, city, commodity, unloaded));
        }

        return effects;
    }

    /// <summary>Where an accepted order's loads go, what they carry and how many reach there; null for an order that ships nothing.</summary>
    private static (CityId City, CommodityId Commodity, int Loads)? Target(OrderResult result, Dictionary<int, (CityId To, CommodityId Commodity)> shipments, Dictionary<int, int> redirected) => result.Order switch
    {
        RerouteOrder o when shipments.TryGetValue(o.Order, out var s) => (o.To, s.Commodity, result.Loads),
        DispatchOrder o => (o.To, o.Commodity, result.Loads - redirected.GetValueOrDefault(o.Number)),
        PrepositionOrder o => (o.To, o.Commodity, result.Loads - redirected.GetValueOrDefault(o.Number)),
        _ => null,
    };
}
