using SimWorkbench.Kernel;
using SimWorkbench.Strategies;

namespace SimWorkbench.Supply;

/// <summary>The allocation loop: every allocation period the strategy sees the situation and its dispatches start trips.</summary>
internal sealed partial class SupplyWorld
{
    /// <summary>
    /// Below this many units a dispatch is rounding left over from splitting, not a shipment
    /// (a millionth of a litre, ration or kit); it is dropped rather than sent on a vehicle.
    /// </summary>
    private const double NegligibleUnits = 1e-6;

    /// <summary>Carries out one dispatch: commits the stock at once (so the next decision sees it gone) and starts the trip.</summary>
    /// <param name="dispatch">What to move, by which fleet, to which city.</param>
    /// <exception cref="InvalidOperationException">The strategy asked for something impossible: more than a vehicle carries or the depot holds.</exception>
    public void Carry(Dispatch dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var f = FleetIndex(dispatch.Fleet);
        var i = CityIndex(dispatch.To);
        var c = CommodityIndex(dispatch.Commodity);
        var units = dispatch.Amount.Units;
        if (units < NegligibleUnits)
        {
            return;
        }

        var pool = Fleets[f];
        var pile = DepotPile[pool.Depot];
        var kilograms = units * Commodities[c].MassPerUnit.Kilograms;
        if (kilograms > pool.Fleet.Payload.Kilograms * (1 + 1e-9))
        {
            throw new InvalidOperationException(
                $"Strategy '{Strategy.Id}' dispatched {units:R} {Commodities[c].Unit} of {dispatch.Commodity} ({kilograms:R} kg) on one vehicle of fleet '{dispatch.Fleet}', which carries {pool.Fleet.Payload}: split it into vehicle loads.");
        }

        if (pile == i)
        {
            throw new InvalidOperationException(
                $"Strategy '{Strategy.Id}' dispatched from depot '{Depots[pool.Depot].Id}' to its own city '{dispatch.To}': a local depot's stock is already the city's.");
        }

        // A grant split into vehicle loads can sum to a hair over the stock it was cut from:
        // rounding, not over-allocation, so the last load takes what is left.
        var held = Piles.Level(pile, c);
        if (units > held && units <= held * (1 + 1e-9))
        {
            units = held;
        }

        if (units < NegligibleUnits)
        {
            return;
        }

        if (units > held)
        {
            throw new InvalidOperationException(
                $"Strategy '{Strategy.Id}' dispatched {units:R} {Commodities[c].Unit} of {dispatch.Commodity} from depot '{Depots[pool.Depot].Id}', which holds {held:R} at t = {Simulation.Now:R} h.");
        }

        Piles.Take(pile, c, units);
        InTransit[c] += units;
        InTransitToCity[(i * Commodities.Length) + c] += units;
        Trip.Start(this, f, i, c, units);
    }

    private IEnumerable<Event> Allocation()
    {
        var situation = new SupplySituation(this);
        var period = Strategy.AllocationPeriod.Hours;
        while (true)
        {
            foreach (var dispatch in Allocator.Allocate(situation))
            {
                Carry(dispatch);
            }

            yield return Simulation.Timeout(period);
        }
    }
}
