using System.Globalization;
using System.Text;
using SimWorkbench.Kernel;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Strategies;
using SimWorkbench.Supply;

namespace SimWorkbench.Tests.Supply;

/// <summary>
/// A vehicle plans whole stretches of its route and plans again when a link ahead changes; these
/// cases check it against the rule it stands for, applied link by link: each link's hours are those
/// of its state when the vehicle enters it, and a closed link holds the vehicle until it reopens.
/// </summary>
public sealed class TripTimingTests
{
    private const int Links = 5;
    private const double Loaded = 0.1; // 1 t at 10 t/h

    public static TheoryData<int> Cases()
    {
        var cases = new TheoryData<int>();
        for (var seed = 1; seed <= 150; seed++)
        {
            cases.Add(seed);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_delivery_time_is_that_of_driving_link_by_link_under_random_changes_of_link_states(int seed)
    {
        var random = new Random(seed);
        var hours = Enumerable.Range(0, Links).Select(_ => 0.2 + (random.NextDouble() * 2)).ToArray();
        var changes = RandomChanges(random);
        var scenario = TestScenarios.Parse(Chain(hours));
        var world = new SupplyWorld(scenario, scenario.Strategies[0], seed: 1, new Once());
        world.Start();
        world.Simulation.Process(Apply(world, changes));

        world.Simulation.Run(until: 200);

        if (LinkByLink(hours, changes) is { } expected)
        {
            world.Deliveries.ShouldHaveSingleItem().TimeHours.ShouldBe(expected, tolerance: 1e-9);
        }
        else
        {
            world.Deliveries.ShouldBeEmpty("a link on the way closes for good");
        }
    }

    /// <summary>One to four changes per link, at times after the truck has set off.</summary>
    private static List<(double Time, int Link, LinkState State, double Slowdown)> RandomChanges(Random random)
    {
        var changes = new List<(double, int, LinkState, double)>();
        for (var link = 0; link < Links; link++)
        {
            var count = random.Next(1, 5);
            for (var i = 0; i < count; i++)
            {
                var state = (LinkState)random.Next(3);
                changes.Add((0.2 + (random.NextDouble() * 8), link, state, state == LinkState.Degraded ? 1 + (random.NextDouble() * 3) : 2));
            }
        }

        return [.. changes.OrderBy(c => c.Item1)];
    }

    private static IEnumerable<Event> Apply(SupplyWorld world, List<(double Time, int Link, LinkState State, double Slowdown)> changes)
    {
        foreach (var (time, link, state, slowdown) in changes)
        {
            yield return world.Simulation.Timeout(time - world.Simulation.Now);
            world.Links.Set(world.Graph.IndexOf(new LinkId($"l{link}")), state, slowdown);
        }
    }

    /// <summary>The rule, one link at a time; null when a link on the way closes for good.</summary>
    private static double? LinkByLink(double[] hours, List<(double Time, int Link, LinkState State, double Slowdown)> changes)
    {
        var time = Loaded;
        for (var link = 0; link < Links; link++)
        {
            var (state, slowdown) = StateAt(changes, link, time);
            while (state == LinkState.Closed)
            {
                var reopening = changes.FirstOrDefault(c => c.Link == link && c.Time > time && c.State != LinkState.Closed);
                if (reopening.Time == 0)
                {
                    return null;
                }

                time = reopening.Time;
                (state, slowdown) = StateAt(changes, link, time);
            }

            time += state == LinkState.Degraded ? hours[link] * slowdown : hours[link];
        }

        return time;
    }

    private static (LinkState State, double Slowdown) StateAt(List<(double Time, int Link, LinkState State, double Slowdown)> changes, int link, double time)
    {
        var last = changes.LastOrDefault(c => c.Link == link && c.Time <= time);
        return last.Time > 0 ? (last.State, last.Slowdown) : (LinkState.Open, 2);
    }

    /// <summary>A reserve and a town at the ends of a chain of road links with the given hours.</summary>
    private static string Chain(double[] hours)
    {
        var yaml = new StringBuilder("""
            name: Chain
            horizon: 10d
            commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
            cities:

            """);
        for (var i = 1; i <= Links; i++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ id: c{i}, location: {{ lat: 10.0, lon: {20 + (0.1 * i)} }}, population: 1000 }}");
        }

        yaml.AppendLine("""
            depots:
              - { id: reserve, tier: national, location: { lat: 10.0, lon: 20.0 }, loading: 10 t/h, capacity: { water: 100000 L } }
            links:
            """);
        for (var i = 0; i < Links; i++)
        {
            var from = i == 0 ? "reserve" : $"c{i}";
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ id: l{i}, from: {from}, to: c{i + 1}, mode: road, length: 10 km, travel_time: {hours[i].ToString("R", CultureInfo.InvariantCulture)}h, repair_time: 2d }}");
        }

        yaml.AppendLine("""
            fleets:
              - { id: truck, depot: reserve, mode: road, vehicles: 1, payload: 5 t, speed: 40 km/h }
            strategies:
              - { id: central, kind: centralised, stock: { reserve: { water: 100000 L } } }
            """);
        return yaml.ToString();
    }

    /// <summary>Sends one load to the far end of the chain at t = 0 and nothing after.</summary>
    private sealed class Once : ISupplyStrategy
    {
        private bool _sent;

        public IEnumerable<Dispatch> Allocate(SupplySituation situation)
        {
            if (_sent)
            {
                return [];
            }

            _sent = true;
            return [new(new FleetId("truck"), new CityId($"c{Links}"), new("water"), new Amount(1000))];
        }
    }
}
