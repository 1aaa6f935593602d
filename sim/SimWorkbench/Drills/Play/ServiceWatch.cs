using SimWorkbench.Kernel;
using SimWorkbench.Supply;

namespace SimWorkbench.Drills.Play;

/// <summary>
/// Watches the cities' service hour by hour while a drill plays (the run's own hourly arrays are
/// filled in blocks, so they cannot be read mid-run): at the start of each hour slot, before the
/// people draw on it, the share of the slot's need each city's own stock covers, and what it leaves
/// unmet (as the engine serves it: the stock at the start of the slot against the slot's need).
/// It changes nothing. Started before the world's processes, so at each whole hour it looks
/// before the consumption of that hour.
/// </summary>
internal sealed class ServiceWatch(SupplyWorld world)
{
    private readonly double[] needPerHour = new double[world.Cities.Length * world.Commodities.Length];
    private readonly List<double> lowest = [];
    private readonly double[] need = new double[world.Cities.Length * world.Commodities.Length * world.Hours];
    private readonly double[] served = new double[world.Cities.Length * world.Commodities.Length * world.Hours];

    /// <summary>Per city and commodity (city-major), the need left uncovered by the stock at the start of each hour so far, in units.</summary>
    public double[] UnmetUnits { get; } = new double[world.Cities.Length * world.Commodities.Length];

    public void Start() => world.Simulation.Process(Hourly(), "drill-service-watch");

    /// <summary>Need and service per city, commodity and hour slot over the first <paramref name="hours"/> slots, as the engine's hourly series lay them out.</summary>
    public (double[] Need, double[] Served) Series(int hours)
    {
        var series = world.Cities.Length * world.Commodities.Length;
        var cutNeed = new double[series * hours];
        var cutServed = new double[series * hours];
        for (var s = 0; s < series; s++)
        {
            Array.Copy(need, s * world.Hours, cutNeed, s * hours, hours);
            Array.Copy(served, s * world.Hours, cutServed, s * hours, hours);
        }

        return (cutNeed, cutServed);
    }

    /// <summary>True when, in each of the <paramref name="hours"/> slots before <paramref name="before"/>, every city's stock covered at least <paramref name="level"/> of its need.</summary>
    public bool Held(double level, int hours, int before)
    {
        if (before < hours || before > lowest.Count)
        {
            return false;
        }

        for (var h = before - hours; h < before; h++)
        {
            if (lowest[h] < level)
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<Event> Hourly()
    {
        var sim = world.Simulation;
        var k = world.Commodities.Length;
        for (var h = 0; h < world.Hours; h++)
        {
            world.CityConditions.NeedPerHour(sim.Now, needPerHour);
            var worst = 1.0;
            for (var i = 0; i < world.Cities.Length; i++)
            {
                for (var c = 0; c < k; c++)
                {
                    var wanted = needPerHour[(i * k) + c];
                    if (wanted <= 0)
                    {
                        continue;
                    }

                    var covered = Math.Min(world.Piles.Level(i, c), wanted);
                    var slot = ((((i * k) + c) * world.Hours)) + h;
                    need[slot] = wanted;
                    served[slot] = covered;
                    UnmetUnits[(i * k) + c] += wanted - covered;
                    worst = Math.Min(worst, covered / wanted);
                }
            }

            lowest.Add(worst);
            yield return sim.Timeout(1);
        }
    }
}
