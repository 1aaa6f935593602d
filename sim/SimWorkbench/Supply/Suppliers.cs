using SimWorkbench.Kernel;

namespace SimWorkbench.Supply;

/// <summary>
/// Supplier deliveries into depots with a <see cref="Network.Replenishment"/>: the emergency order
/// placed when the first hazard strikes.
/// </summary>
/// <remarks>
/// The order goes out at the onset of the scenario's first hazard (none: no order). From its lead
/// time later on, an hourly delivery brings one hour of the depot's rate of each commodity listed,
/// the first at onset + lead time, whatever strategy is run and whatever stock the strategy placed
/// there. What does not fit in the depot's room at that moment is not ordered (it neither waits
/// nor counts as procured), so a full depot takes nothing. Hazard damage to the depot does not stop
/// the suppliers; it slows its loading only. Procured units count in the ledger's
/// <c>Procured</c>.
/// </remarks>
internal static class Suppliers
{
    /// <summary>Starts one delivery process per depot that suppliers restock, if the scenario has a hazard.</summary>
    /// <param name="world">The world.</param>
    public static void Start(SupplyWorld world)
    {
        if (world.Scenario.Hazards.Count == 0)
        {
            return;
        }

        var firstOnset = double.PositiveInfinity;
        foreach (var hazard in world.Scenario.Hazards)
        {
            firstOnset = Math.Min(firstOnset, hazard.Onset.Hours);
        }

        for (var d = 0; d < world.Depots.Length; d++)
        {
            if (world.Depots[d].Replenishment is { } replenishment)
            {
                world.Simulation.Process(Deliver(world, d, firstOnset + replenishment.LeadTime.Hours), $"suppliers/{world.Depots[d].Id}");
            }
        }
    }

    private static IEnumerable<Event> Deliver(SupplyWorld world, int depot, double firstDeliveryHours)
    {
        var sim = world.Simulation;
        var pile = world.DepotPile[depot];
        var rates = world.Depots[depot].Replenishment!.Rate;
        var perHour = new double[world.Commodities.Length];
        for (var c = 0; c < perHour.Length; c++)
        {
            perHour[c] = rates.TryGetValue(world.Commodities[c].Id, out var rate) ? rate.UnitsPerDay / 24 : 0;
        }

        yield return sim.Timeout(firstDeliveryHours - sim.Now);
        while (true)
        {
            for (var c = 0; c < perHour.Length; c++)
            {
                var units = Math.Min(perHour[c], world.Piles.Room(pile, c));
                if (units > 0)
                {
                    world.Piles.Add(pile, c, units);
                    world.Procured[c] += units;
                }
            }

            yield return sim.Timeout(1);
        }
    }
}
