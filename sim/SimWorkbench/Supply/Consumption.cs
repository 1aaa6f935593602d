using SimWorkbench.Kernel;

namespace SimWorkbench.Supply;

/// <summary>
/// The cities' people drawing on their own stock, hour by hour: one process for every city and
/// commodity at once, so that a thousand cities cost one event an hour, not a thousand.
/// </summary>
internal static class Consumption
{
    /// <summary>
    /// At the start of each hour slot, each city takes its need for that slot (need per hour now,
    /// as hazards have left it, × slot length) from its own pile, or what the pile holds if less,
    /// and records both; then the shortage triggers of cascade rules see the slot.
    /// </summary>
    /// <param name="world">The world.</param>
    /// <returns>The process body.</returns>
    public static IEnumerable<Event> Hourly(SupplyWorld world)
    {
        var sim = world.Simulation;
        var piles = world.Piles;
        var k = world.Commodities.Length;
        var cities = world.Cities.Length;
        var hours = world.Hours;
        var horizon = world.Scenario.Horizon.Hours;
        for (var h = 0; h < hours; h++)
        {
            // The last slot is shorter when the horizon is not a whole number of hours.
            var slot = Math.Min(h + 1, horizon) - h;
            world.RefreshNeed();
            for (var i = 0; i < cities; i++)
            {
                for (var c = 0; c < k; c++)
                {
                    var need = world.NeedPerHour[(i * k) + c] * slot;
                    var served = Math.Min(piles.Level(i, c), need);
                    if (served > 0)
                    {
                        piles.Take(i, c, served);
                        world.Consumed[c] += served;
                    }

                    var at = (((i * k) + c) * hours) + h;
                    world.Need[at] = need;
                    world.Served[at] = served;
                }
            }

            world.Shortages.Observe(world, h, slot);
            yield return sim.Timeout(1);
        }
    }
}
