using System.Globalization;
using SimWorkbench.Drills.Orders;
using SimWorkbench.Drills.Play;
using SimWorkbench.Drills.Situation;
using SimWorkbench.Kernel;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;
using SimWorkbench.Supply;

namespace SimWorkbench.Drills;

/// <summary>
/// A drill being played, one stop at a time: the console and a notebook both drive it. The clock
/// runs to the next stop (<see cref="RunUntilNextStop"/>: the next inject, decision point or
/// assessment of an expected action), the trainees read the <see cref="Situation"/> and
/// <see cref="Issue"/> orders, which are checked and carried out at once, and so on to the end;
/// <see cref="Finish"/> gives the session. Stopping changes nothing in the world, so a session
/// played live and its orders replayed as a script (<see cref="DrillPlay.Play"/>) give the same log.
/// </summary>
public sealed class LiveDrill
{
    private readonly Drill drill;
    private readonly Scenario scenario;
    private readonly SupplyWorld world;
    private readonly ulong seed;
    private readonly Simulation sim;
    private readonly DrillDirector director;
    private readonly OrderDesk desk;
    private readonly ServiceWatch watch;
    private readonly bool automatic;
    private readonly List<DrillOrder> given = [];
    private (int Fired, int Assessed, int Deliveries, int Hazards) seen;

    // The last time every event at which has been processed: a second stop there changes nothing,
    // so orders given one after another at the same time see the same world live and replayed.
    private double settled = double.NegativeInfinity;

    private LiveDrill(Drill drill, StrategyId strategy, bool automatic, IReadOnlyList<FiredInject>? worldOf = null)
    {
        this.drill = drill;
        this.automatic = automatic;
        var played = drill.PlayedScenario();
        TraineesAllocator? trainees = null;
        if (!automatic)
        {
            // The trainees play the whole supply command: pre-positioning on a warning is theirs to order.
            played = played with { Strategies = [.. played.Strategies.Select(s => s.Id == strategy ? s with { PrePositioning = null } : s)] };
            trainees = new TraineesAllocator();
        }

        scenario = played;
        DrillDirector? made = null;
        ServiceWatch? watching = null;
        (world, seed) = SupplyRun.Begin(played, strategy, drill.Replication, trainees, w =>
        {
            watching = new ServiceWatch(w);
            watching.Start();
            made = new DrillDirector(drill, w, worldOf);
            made.Start();
        });
        director = made!;
        watch = watching!;
        sim = world.Simulation;
        desk = new OrderDesk(world, director.Log, trainees, AdvanceTarget);
    }

    /// <summary>The drill played.</summary>
    public Drill Drill => drill;

    /// <summary>The time now, in hours from the start.</summary>
    public double NowHours => sim.Now;

    /// <summary>True once the drill has ended: at its end time, or when its end condition held.</summary>
    public bool Ended { get; private set; }

    /// <summary>When the drill ended (hours from the start), or null while it runs.</summary>
    public double? EndedAtHours { get; private set; }

    /// <summary>The orders given so far, numbered from 1, each at the time it was given.</summary>
    public IReadOnlyList<DrillOrder> Given => given;

    /// <summary>What became of each order given so far.</summary>
    public IReadOnlyList<OrderResult> Results => desk.Results;

    /// <summary>Starts a live play of the drill by its trainees (their strategy's stock and fleets, nothing shipped but their orders), at time 0 before anything has happened.</summary>
    /// <param name="drill">A loaded drill.</param>
    /// <returns>The drill in play.</returns>
    public static LiveDrill Begin(Drill drill)
    {
        ArgumentNullException.ThrowIfNull(drill);
        return new LiveDrill(drill, drill.Strategy, automatic: false);
    }

    /// <summary>The drill played by a strategy's own allocator, in the world of a trainees' session when <paramref name="worldOf"/> gives its fired injects.</summary>
    internal static LiveDrill Automatic(Drill drill, StrategyId strategy, IReadOnlyList<FiredInject>? worldOf = null) => new(drill, strategy, automatic: true, worldOf);

    /// <summary>The trainees' side with no orders, in the world of their session's fired injects: the yardstick of doing nothing.</summary>
    internal static LiveDrill NoOrders(Drill drill, IReadOnlyList<FiredInject> worldOf) => new(drill, drill.Strategy, automatic: false, worldOf);

    /// <summary>The time of the next stop after now: the next inject to fire at its time, or the next time limit of an expected action, or the drill's end.</summary>
    /// <returns>Hours from the start.</returns>
    public double NextStopHours()
    {
        var now = sim.Now;
        var next = drill.End.Hours;
        foreach (var inject in drill.Injects)
        {
            if (inject.At is { } at && at.Hours > now && at.Hours < next)
            {
                next = at.Hours;
            }
        }

        foreach (var deadline in director.PendingDeadlines)
        {
            if (deadline > now && deadline < next)
            {
                next = deadline;
            }
        }

        return next;
    }

    /// <summary>Runs the clock to the next stop (<see cref="NextStopHours"/>), or to the end.</summary>
    /// <returns>The situation there.</returns>
    public DrillSituation RunUntilNextStop()
    {
        RunTo(NextStopHours());
        return Situation();
    }

    /// <summary>Runs the clock to a time (at most the drill's end; the drill may end sooner on its condition).</summary>
    /// <param name="hours">Hours from the start, not before now.</param>
    /// <returns>The situation there.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is before now.</exception>
    public DrillSituation RunUntil(double hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, sim.Now);
        RunTo(hours);
        return Situation();
    }

    /// <summary>
    /// Gives an order now: it is numbered after those given before and timed now, checked, and
    /// carried out or refused with its reason (nothing changes then). An advance runs the clock.
    /// </summary>
    /// <param name="order">The order (its number and time are replaced).</param>
    /// <returns>What became of it.</returns>
    public OrderResult Issue(DrillOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var stamped = order with { Number = given.Count + 1, At = new Duration(sim.Now) };
        var result = Give(stamped);
        if (result.Order is AdvanceOrder && result.UntilHours is { } until)
        {
            RunTo(until);
        }

        return result;
    }

    /// <summary>What the trainees see now: stock, need, links, fleets, and what is new since the last call.</summary>
    /// <returns>The situation.</returns>
    public DrillSituation Situation()
    {
        var k = world.Commodities.Length;
        var depots = new List<DepotStock>();
        for (var d = 0; d < world.Depots.Length; d++)
        {
            var pile = world.DepotPile[d];
            if (pile < world.Cities.Length)
            {
                continue;
            }

            for (var c = 0; c < k; c++)
            {
                var units = world.Piles.Level(pile, c);
                if (units > 0 || world.Piles.Room(pile, c) > 0)
                {
                    depots.Add(new DepotStock(world.Depots[d].Id, world.Commodities[c].Id, units, desk.Reserved(pile, c), world.Commodities[c].Unit));
                }
            }
        }

        var cities = new List<CitySupply>();
        for (var i = 0; i < world.Cities.Length; i++)
        {
            for (var c = 0; c < k; c++)
            {
                var at = (i * k) + c;
                cities.Add(new CitySupply(world.Cities[i].Id, world.Commodities[c].Id, world.Piles.Level(i, c), world.InTransitToCity[at], world.NeedPerHour[at], watch.UnmetUnits[at], world.Commodities[c].Unit));
            }
        }

        var links = new List<LinkReport>();
        for (var l = 0; l < world.Graph.LinkCount; l++)
        {
            if (world.Graph.StateOf(l) != LinkState.Open)
            {
                links.Add(new LinkReport(world.Graph.LinkAt(l).Id, world.Graph.StateOf(l)));
            }
        }

        var fleets = world.Fleets.Select((f, i) => new FleetReport(f.Fleet.Id, world.Depots[f.Depot].Id, f.Fleet.Vehicles, f.Vehicles.Count, desk.Waiting(i) + world.LoadsWaiting[i])).ToList();
        return new DrillSituation(sim.Now, Ended, depots, cities, links, fleets, News());
    }

    /// <summary>Runs to the end (if it has not ended) and gives the session: the outcome, the orders and their results, the assessments and the log.</summary>
    /// <returns>The session.</returns>
    public DrillSession Finish()
    {
        RunTo(drill.End.Hours);
        var end = EndedAtHours!.Value;
        director.Finish(end);
        var outcome = Truncated(SupplyRun.Outcome(world, drill.Replication, seed), end);
        var endedScenario = scenario with { Horizon = new Duration(end) };
        var metrics = Comparison.MetricsOf(endedScenario, outcome, onsetHour: 0, [.. scenario.Commodities.Select(c => c.DeprivationCost)], keepEvents: false);
        if (desk.ProcurementPremium > 0)
        {
            metrics = metrics with { Costs = metrics.Costs with { Procurement = metrics.Costs.Procurement + desk.ProcurementPremium } };
        }

        var log = director.Log.Lines();
        log.Add(DrillSummary.Line(drill, end, metrics, desk.Results, director.Assessments));
        return new DrillSession(world.Strategy.Id, automatic, outcome, [.. desk.Results], [.. director.Assessments], [.. director.Fired], log) { Metrics = metrics, Fired = [.. director.FiredAt] };
    }

    /// <summary>Gives an order at its own time (a script's or a replayed log's): refused as ended when the drill ended before it.</summary>
    internal OrderResult Give(DrillOrder order)
    {
        given.Add(order);
        if (Ended)
        {
            var result = new OrderResult(order, string.Create(CultureInfo.InvariantCulture, $"ended: the drill ended at {EndedAtHours:0.##} h ({drill.Until?.Describe() ?? "its end"})."), 0);
            desk.Refuse(result);
            return result;
        }

        return desk.Give(order);
    }

    /// <summary>
    /// Runs the clock to <paramref name="target"/> (at most the end): every event before it, then,
    /// unless it is the end, every event at it, so that an inject at a stop has fired when the
    /// trainees look. With an end condition it stops the same way at each whole hour on the way and
    /// ends there when the condition holds. None of this changes the order of events; running again
    /// to a time already settled does nothing, so the orders given there all see the same instant.
    /// </summary>
    internal void RunTo(double target)
    {
        var end = drill.End.Hours;
        target = Math.Min(target, end);
        if (target <= settled)
        {
            return;
        }

        while (!Ended)
        {
            var next = drill.Until is null ? target : Math.Min(target, Math.Floor(sim.Now) + 1);
            if (next >= end)
            {
                sim.Run(until: end);
                End(end);
                return;
            }

            sim.Run(until: next);
            while (sim.Peek() == sim.Now)
            {
                sim.Step();
            }

            settled = sim.Now;

            if (drill.Until is { } condition && next == Math.Floor(next) && Holds(condition))
            {
                End(next);
                return;
            }

            if (next >= target)
            {
                return;
            }
        }
    }

    private void End(double at)
    {
        Ended = true;
        EndedAtHours = at;
    }

    private bool Holds(EndCondition condition) => condition switch
    {
        AllAssessedCondition => director.AllAssessed,
        ServiceLevelCondition s => watch.Held(s.Level.Value, (int)Math.Ceiling(s.For.Hours), (int)sim.Now),
        _ => throw new ArgumentException($"Unknown end condition {condition.GetType().Name}.", nameof(condition)),
    };

    /// <summary>Where an advance runs to: by its time but no further than the next decision point (which pauses the clock), or to the next stop; at most the end.</summary>
    private double AdvanceTarget(AdvanceOrder order)
    {
        if (order.By is not { } by)
        {
            return NextStopHours();
        }

        var target = Math.Min(sim.Now + by.Hours, drill.End.Hours);
        foreach (var inject in drill.Injects)
        {
            if (inject.Kind == InjectKind.DecisionPoint && inject.At is { } at && at.Hours > sim.Now && at.Hours < target)
            {
                target = at.Hours;
            }
        }

        return target;
    }

    private List<string> News()
    {
        var news = new List<(double Time, string Text)>();
        var culture = CultureInfo.InvariantCulture;
        foreach (var id in director.Fired.Skip(seen.Fired))
        {
            var inject = drill.Injects.First(i => i.Id == id);
            news.Add((sim.Now, $"inject {inject.Id} ({inject.Kind}{(inject.To is { } to ? $" to {to}" : string.Empty)}): {inject.Text.Trim()}"));
        }

        foreach (var hazard in world.Strikes.Log.Skip(seen.Hazards))
        {
            news.Add((hazard.OnsetHours, string.Create(culture, $"{hazard.OnsetHours:0.##} h: hazard {hazard.Id} ({hazard.Kind}) struck, {hazard.Damaged.Count} elements damaged")));
        }

        // Deliveries are many (one per vehicle load): one line per city and commodity.
        foreach (var group in world.Deliveries.Skip(seen.Deliveries).GroupBy(d => (d.City, d.Commodity)))
        {
            var unit = world.Commodities[world.CommodityIndex(group.Key.Commodity)].Unit;
            var first = group.First().TimeHours;
            var last = group.Last().TimeHours;
            var span = group.Count() == 1 ? string.Create(culture, $"{first:0.##} h") : string.Create(culture, $"{first:0.##}-{last:0.##} h");
            news.Add((first, string.Create(culture, $"{span}: {group.Sum(d => d.Amount.Units):N0} {unit} of {group.Key.Commodity} delivered to {group.Key.City} ({group.Count()} load(s))")));
        }

        foreach (var assessment in director.Assessments.Skip(seen.Assessed))
        {
            var result = assessment.Met ? string.Create(culture, $"met at {assessment.MetAtHours:0.##} h") : "missed";
            news.Add((assessment.DeadlineHours, string.Create(culture, $"{assessment.DeadlineHours:0.##} h: expected action {assessment.Action.Id} ({assessment.Action.Text}) {result}")));
        }

        seen = (director.Fired.Count, director.Assessments.Count, world.Deliveries.Count, world.Strikes.Log.Count);
        return [.. news.OrderBy(n => n.Time).Select(n => n.Text)];
    }

    /// <summary>
    /// The outcome over the drill's actual length: when its condition ended it early, the hourly
    /// need and service up to the end come from the drill's watch (the engine's own series are
    /// filled in blocks and stop short of an early end).
    /// </summary>
    private RunOutcome Truncated(RunOutcome outcome, double end)
    {
        var hours = (int)Math.Ceiling(end);
        if (hours >= outcome.Need.Hours)
        {
            return outcome;
        }

        var (need, served) = watch.Series(hours);
        var cities = outcome.Need.Cities;
        var commodities = outcome.Need.Commodities;
        return outcome with
        {
            HorizonHours = end,
            Need = new HourlySeries(need, cities, commodities, hours),
            Served = new HourlySeries(served, cities, commodities, hours),
        };
    }
}
