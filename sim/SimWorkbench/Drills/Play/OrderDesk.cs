using SimWorkbench.Drills.Orders;
using SimWorkbench.Kernel;
using SimWorkbench.Strategies;
using SimWorkbench.Supply;

namespace SimWorkbench.Drills.Play;

/// <summary>
/// Checks and carries out the trainees' orders in a running world, and logs each with its outcome.
/// A shipment's loads wait at the depot in the desk's queue and are handed to the engine one at a
/// time as a vehicle of the fleet is free (so a reroute can still redirect them); the stock they
/// will take is promised at once, so later orders cannot count it twice.
/// </summary>
internal sealed class OrderDesk
{
    private readonly SupplyWorld world;
    private readonly Simulation sim;
    private readonly DrillLog log;
    private readonly TraineesAllocator? allocator;
    private readonly Func<AdvanceOrder, double> advanceTarget;
    private readonly Queue<WaitingLoad>[] waiting;
    private readonly bool[] releasing;
    private readonly double[] reserved;
    private readonly double[] procuring;
    private readonly Dictionary<int, int> shipmentFleets = [];

    public OrderDesk(SupplyWorld world, DrillLog log, TraineesAllocator? allocator, Func<AdvanceOrder, double> advanceTarget)
    {
        this.world = world;
        sim = world.Simulation;
        this.log = log;
        this.allocator = allocator;
        this.advanceTarget = advanceTarget;
        waiting = [.. world.Fleets.Select(_ => new Queue<WaitingLoad>())];
        releasing = new bool[world.Fleets.Length];
        reserved = new double[world.Piles.Count * world.Commodities.Length];
        procuring = new double[reserved.Length];
    }

    public List<OrderResult> Results { get; } = [];

    /// <summary>Premium paid on emergency procurement above the unit cost, per commodity, for goods that have arrived (scenario currency).</summary>
    public double ProcurementPremium { get; private set; }

    /// <summary>Loads of a fleet waiting at its depot in the desk's queue (not yet handed to the engine).</summary>
    public int Waiting(int fleet) => waiting[fleet].Count;

    /// <summary>Checks the order now and carries it out, or refuses it; either way it is logged.</summary>
    public OrderResult Give(DrillOrder order)
    {
        var result = order switch
        {
            DispatchOrder o => Ship(o, new(o.From, o.To, o.Commodity, o.Amount), preposition: false),
            PrepositionOrder o => Ship(o, new(o.From, o.To, o.Commodity, o.Amount), preposition: true),
            ProcureOrder o => Procure(o),
            MutualAidOrder o => Aid(o),
            RerouteOrder o => Reroute(o),
            AdvanceOrder o => new OrderResult(o, null, 0) { UntilHours = advanceTarget(o) },
            _ => throw new ArgumentException($"Unknown order type {order.GetType().Name}.", nameof(order)),
        };
        Record(result);
        return result;
    }

    /// <summary>Records an order refused before the desk saw it (the drill had ended).</summary>
    public void Refuse(OrderResult result) => Record(result);

    /// <summary>Units of a commodity in a pile promised to loads waiting for a vehicle.</summary>
    public double Reserved(int pile, int commodity) => reserved[(pile * world.Commodities.Length) + commodity];

    private void Record(OrderResult result)
    {
        Results.Add(result);
        log.Add(sim.Now, w =>
        {
            w.WriteString("type", "order");
            OrderJson.WriteFields(w, result.Order);
            w.WriteString("result", result.Accepted ? "accepted" : "refused");
            if (!result.Accepted)
            {
                w.WriteString("reason", result.Refusal);
                return;
            }

            if (result.Order is DispatchOrder or PrepositionOrder or RerouteOrder)
            {
                w.WriteNumber("loads", result.Loads);
            }

            if (result.UntilHours is { } until)
            {
                w.WriteNumber("until", until);
            }

            if (result.Cost is { } cost)
            {
                w.WriteNumber("cost", cost);
            }
        });
    }

    private OrderResult Ship(DrillOrder order, Shipment s, bool preposition)
    {
        var pile = world.DepotPile[world.DepotIndex(s.From)];
        var c = world.CommodityIndex(s.Commodity);
        var i = world.CityIndex(s.To);
        var k = world.Commodities.Length;
        if (preposition && world.Strikes.Log.Count > 0)
        {
            var first = world.Strikes.Log[0];
            return new OrderResult(order, $"too-late: hazard '{first.Id}' struck at {first.OnsetHours:0.##} h; after a strike, send stock with dispatch.", 0);
        }

        var (fleet, refusal) = OrderCheck.Check(world, s.From, s.To, s.Commodity, s.Amount, reserved[(pile * k) + c]);
        if (refusal is not null)
        {
            return new OrderResult(order, refusal, 0);
        }

        if (preposition)
        {
            var room = world.Piles.Room(i, c) - world.InTransitToCity[(i * k) + c] - Promised(i, c);
            if (s.Amount.Units > room)
            {
                var unit = world.Commodities[c].Unit;
                return new OrderResult(order, $"no-room: {s.To} has room for {Math.Max(room, 0):0.##} {unit} of {s.Commodity} (its capacity less its stock and what is on the way) at {sim.Now:0.##} h, less than the {s.Amount.Units:0.##} {unit} ordered.", 0);
            }
        }

        // Full vehicle loads and a last partial one.
        var perLoad = world.Fleets[fleet].Fleet.Payload.Kilograms / world.Commodities[c].MassPerUnit.Kilograms;
        var remaining = s.Amount.Units;
        var loads = 0;
        while (remaining > 0)
        {
            var units = Math.Min(perLoad, remaining);
            waiting[fleet].Enqueue(new WaitingLoad(order.Number, i, c, units));
            reserved[(pile * k) + c] += units;
            remaining -= units;
            loads++;
        }

        shipmentFleets[order.Number] = fleet;
        Release(fleet);
        return new OrderResult(order, null, loads);
    }

    /// <summary>Units promised to a city by waiting loads.</summary>
    private double Promised(int city, int commodity) =>
        waiting.Sum(q => q.Where(l => l.City == city && l.Commodity == commodity).Sum(l => l.Units));

    private void Release(int fleet)
    {
        if (!releasing[fleet] && waiting[fleet].Count > 0)
        {
            releasing[fleet] = true;
            sim.Process(Releasing(fleet), $"drill-loads/{world.Fleets[fleet].Fleet.Id}");
        }
    }

    /// <summary>Hands the fleet's waiting loads to the engine one by one, each when a vehicle is free.</summary>
    private IEnumerable<Event> Releasing(int fleet)
    {
        var pool = world.Fleets[fleet];
        var pile = world.DepotPile[pool.Depot];
        var k = world.Commodities.Length;
        while (waiting[fleet].Count > 0)
        {
            if (pool.Vehicles.Count == 0 || world.LoadsWaiting[fleet] > 0)
            {
                // Wait for a vehicle to come back, then leave it for the trip that takes the load.
                var get = pool.Vehicles.Get();
                yield return get;
                pool.Vehicles.Put(get.Item);
            }

            var load = waiting[fleet].Dequeue();
            reserved[(pile * k) + load.Commodity] -= load.Units;

            // A city's own stock can be drawn down by its people while a load waits: it takes what is left.
            var units = Math.Min(load.Units, world.Piles.Level(pile, load.Commodity));
            world.Carry(new Dispatch(pool.Fleet.Id, world.Cities[load.City].Id, world.Commodities[load.Commodity].Id, new(units)));

            // Let the trip take its vehicle before the next load looks for one.
            yield return sim.Timeout(0);
        }

        releasing[fleet] = false;
    }

    private OrderResult Reroute(RerouteOrder order)
    {
        if (!shipmentFleets.TryGetValue(order.Order, out var fleet))
        {
            return new OrderResult(order, $"no-order: order {order.Order} is not an accepted dispatch or pre-position; only their waiting loads can be rerouted.", 0);
        }

        var loads = waiting[fleet].Where(l => l.Order == order.Order).ToList();
        if (loads.Count == 0)
        {
            return new OrderResult(order, $"not-waiting: every load of order {order.Order} has left the depot by {sim.Now:0.##} h; a vehicle on the road keeps its way.", 0);
        }

        var i = world.CityIndex(order.To);
        if (loads.TrueForAll(l => l.City == i))
        {
            return new OrderResult(order, $"same-city: the loads of order {order.Order} already go to {order.To}.", 0);
        }

        var pool = world.Fleets[fleet];
        var pile = world.DepotPile[pool.Depot];
        if (pile == i)
        {
            return new OrderResult(order, $"own-stock: depot '{world.Depots[pool.Depot].Id}' is {order.To}'s own stock; its people draw on it without a shipment.", 0);
        }

        if (OrderCheck.NoRoute(world, fleet, pile, i) is { } noRoute)
        {
            return new OrderResult(order, noRoute, 0);
        }

        foreach (var load in loads)
        {
            load.City = i;
        }

        return new OrderResult(order, null, loads.Count);
    }

    private OrderResult Procure(ProcureOrder order)
    {
        var d = world.DepotIndex(order.Depot);
        var depot = world.Depots[d];
        var c = world.CommodityIndex(order.Commodity);
        var commodity = world.Commodities[c];
        var pile = world.DepotPile[d];
        var k = world.Commodities.Length;
        var lead = order.LeadTime?.Hours ?? depot.Replenishment?.LeadTime.Hours;
        if (lead is not { } leadHours)
        {
            return new OrderResult(order, $"no-supplier: depot '{order.Depot}' has no replenishment in the scenario, so no supplier lead time is known; give one with lead_time.", 0);
        }

        var room = world.Piles.Room(pile, c);
        if (room <= 0 && world.Piles.Level(pile, c) <= 0)
        {
            return new OrderResult(order, $"no-capacity: depot '{order.Depot}' has no capacity for {order.Commodity}.", 0);
        }

        var free = room - procuring[(pile * k) + c];
        if (order.Amount.Units > free)
        {
            return new OrderResult(order, $"no-room: depot '{order.Depot}' has room for {Math.Max(free, 0):0.##} {commodity.Unit} of {order.Commodity} at {sim.Now:0.##} h (less what earlier procurement will bring), less than the {order.Amount.Units:0.##} {commodity.Unit} ordered.", 0);
        }

        procuring[(pile * k) + c] += order.Amount.Units;
        var arrives = sim.Now + leadHours;
        sim.Process(Deliver(pile, c, order.Amount.Units, leadHours, order.Premium), $"procurement/{order.Number}");
        return new OrderResult(order, null, 0) { UntilHours = arrives, Cost = order.Amount.Units * commodity.UnitCost.PerUnit * order.Premium };
    }

    /// <summary>The goods arrive after the lead time and go into the depot, waiting for room if it has filled meanwhile; they count as procured when they are in.</summary>
    private IEnumerable<Event> Deliver(int pile, int commodity, double units, double leadHours, double premium)
    {
        yield return sim.Timeout(leadHours);
        procuring[(pile * world.Commodities.Length) + commodity] -= units;
        yield return world.Piles.PutWhenRoom(pile, commodity, units);
        world.Procured[commodity] += units;
        ProcurementPremium += units * world.Commodities[commodity].UnitCost.PerUnit * (premium - 1);
    }

    private OrderResult Aid(MutualAidOrder order)
    {
        if (world.Strategy.MutualAid is null)
        {
            return new OrderResult(order, $"no-agreement: strategy '{world.Strategy.Id}' has no mutual_aid agreement (radius, share, donor_above, recipient_below) to activate.", 0);
        }

        var local = world.Fleets.Any(f => SupplyWorld.SharesCityStock(world.Depots[f.Depot]));
        if (!local || allocator is null)
        {
            return new OrderResult(order, $"no-local-fleet: strategy '{world.Strategy.Id}' has no vehicles at any city's local depot, so no city can send aid.", 0);
        }

        var until = Math.Max(allocator.AidUntilHours, sim.Now + order.For.Hours);
        allocator.AidUntilHours = until;
        return new OrderResult(order, null, 0) { UntilHours = until };
    }

    private readonly record struct Shipment(Network.DepotId From, Network.CityId To, Commodities.CommodityId Commodity, Quantities.Amount Amount);
}
