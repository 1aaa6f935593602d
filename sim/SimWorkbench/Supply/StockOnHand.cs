using SimWorkbench.Kernel;

namespace SimWorkbench.Supply;

/// <summary>
/// Stock on hand over time, for holding cost: each commodity's units in every pile (depots and
/// cities), integrated hour by hour into <see cref="SupplyWorld.StockUnitHours"/>.
/// </summary>
/// <remarks>
/// The level is read at the middle of each hour slot and counted for the whole slot (the midpoint
/// rule; a final partial slot counts for its length). The middle never coincides with the hourly
/// draws and allocation decisions at whole hours, so the reading does not depend on the order of
/// events that share a time: it sees the slot's draw done and a load that has left its depot but
/// not arrived counted as in transit, not on hand.
/// </remarks>
internal static class StockOnHand
{
    /// <summary>Reads the levels at the middle of every hour slot of the horizon.</summary>
    /// <param name="world">The world.</param>
    /// <returns>The process body.</returns>
    public static IEnumerable<Event> Hourly(SupplyWorld world)
    {
        var sim = world.Simulation;
        var horizon = world.Scenario.Horizon.Hours;
        var k = world.Commodities.Length;
        for (var h = 0; h < world.Hours; h++)
        {
            var end = Math.Min(h + 1, horizon);
            yield return sim.Timeout(((h + end) / 2) - sim.Now);
            for (var c = 0; c < k; c++)
            {
                world.StockUnitHours[c] += world.Piles.Total(c) * (end - h);
            }
        }
    }
}
