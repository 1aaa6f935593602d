using SimWorkbench.Kernel;

namespace SimWorkbench.Supply;

/// <summary>
/// The cities' people drawing on their own stock, hour by hour: one process for every city and
/// commodity at once, so that a thousand cities cost one event an hour, not a thousand.
/// </summary>
internal static class Consumption
{
    /// <summary>Hours staged before they are copied into the hourly arrays.</summary>
    private const int StagedHours = 64;

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
        var series = cities * k;
        var hours = world.Hours;
        var horizon = world.Scenario.Horizon.Hours;

        // The hourly arrays hold one series per city and commodity, hours contiguous; writing an
        // hour straight into them would touch every series' page each hour. So a block of hours is
        // staged hour by hour and then copied out series by series.
        var block = Math.Min(StagedHours, hours);
        var stagedNeed = new double[block * series];
        var stagedServed = new double[block * series];
        for (var h = 0; h < hours; h++)
        {
            // The last slot is shorter when the horizon is not a whole number of hours.
            var slot = Math.Min(h + 1, horizon) - h;
            world.RefreshNeed();
            var need = stagedNeed.AsSpan((h % block) * series, series);
            var served = stagedServed.AsSpan((h % block) * series, series);
            for (var i = 0; i < cities; i++)
            {
                for (var c = 0; c < k; c++)
                {
                    var at = (i * k) + c;
                    var wanted = world.NeedPerHour[at] * slot;
                    var taken = Math.Min(piles.Level(i, c), wanted);
                    if (taken > 0)
                    {
                        piles.Take(i, c, taken);
                        world.Consumed[c] += taken;
                    }

                    need[at] = wanted;
                    served[at] = taken;
                }
            }

            world.Shortages.Observe(world, h, slot, need, served);
            if (h % block == block - 1 || h == hours - 1)
            {
                CopyOut(stagedNeed, world.Need, h - (h % block), (h % block) + 1, series, hours);
                CopyOut(stagedServed, world.Served, h - (h % block), (h % block) + 1, series, hours);
            }

            yield return sim.Timeout(1);
        }
    }

    /// <summary>Copies staged hours (hour-major) into the hourly arrays (series-major) from hour <paramref name="first"/> on.</summary>
    private static void CopyOut(double[] staged, double[] hourly, int first, int count, int series, int hours)
    {
        for (var s = 0; s < series; s++)
        {
            var to = hourly.AsSpan((s * hours) + first, count);
            for (var b = 0; b < count; b++)
            {
                to[b] = staged[(b * series) + s];
            }
        }
    }
}
