using SimWorkbench.Drills.Play;
using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Drills;

/// <summary>
/// Plays a drill on the supply engine: the same world, seed and named random streams as
/// <see cref="SupplyRun"/> for the drill's replication, with the trainer's injects and the
/// trainees' orders in it.
/// </summary>
public static class DrillPlay
{
    /// <summary>
    /// Plays the trainees' orders: the strategy's own allocator ships nothing and its standing
    /// pre-positioning plan does not run; every shipment is an order.
    /// </summary>
    /// <param name="drill">A loaded drill.</param>
    /// <param name="orders">The orders, from <see cref="DrillLoader.LoadOrders"/> or a replayed log; none for "no orders".</param>
    /// <returns>The session.</returns>
    public static DrillSession Play(Drill drill, IReadOnlyList<DrillOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentNullException.ThrowIfNull(orders);
        return PlayWith(drill, drill.Strategy, orders, new NoAllocation(), worldOf: null);
    }

    /// <summary>
    /// Plays "no orders", the yardstick of doing nothing: the trainees' holdings, nothing shipped, in
    /// the world of <paramref name="trainees"/>' session (its contingency injects' hazards and data
    /// updates at the times they fired there).
    /// </summary>
    /// <param name="drill">A loaded drill.</param>
    /// <param name="trainees">The trainees' session.</param>
    /// <returns>The session.</returns>
    public static DrillSession PlayNoOrders(Drill drill, DrillSession trainees)
    {
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentNullException.ThrowIfNull(trainees);
        return PlayWith(drill, drill.Strategy, [], new NoAllocation(), trainees.Fired);
    }

    /// <summary>
    /// Plays the drill's injects with one of the scenario's strategies allocating on its own (its
    /// default allocator) and no orders: the yardstick the after-action review sets beside the trainees.
    /// </summary>
    /// <param name="drill">A loaded drill.</param>
    /// <param name="strategy">One of the scenario's strategies.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentException">The scenario has no such strategy.</exception>
    public static DrillSession PlayAutomatic(Drill drill, StrategyId strategy)
    {
        ArgumentNullException.ThrowIfNull(drill);
        return PlayWith(drill, strategy, [], allocator: null, worldOf: null);
    }

    /// <summary>
    /// <see cref="PlayAutomatic(Drill, StrategyId)"/> in the world of <paramref name="trainees"/>'
    /// session: a contingency inject that changes the world (a hazard, a data update) does so at the
    /// time it fired for the trainees, whether or not the automatic strategy missed its expectation,
    /// so that trainees and yardstick face the same world.
    /// </summary>
    /// <param name="drill">A loaded drill.</param>
    /// <param name="strategy">One of the scenario's strategies.</param>
    /// <param name="trainees">The trainees' session.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentException">The scenario has no such strategy.</exception>
    public static DrillSession PlayAutomatic(Drill drill, StrategyId strategy, DrillSession trainees)
    {
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentNullException.ThrowIfNull(trainees);
        return PlayWith(drill, strategy, [], allocator: null, trainees.Fired);
    }

    private static DrillSession PlayWith(Drill drill, StrategyId strategy, IReadOnlyList<DrillOrder> orders, ISupplyStrategy? allocator, IReadOnlyList<FiredInject>? worldOf)
    {
        var scenario = drill.PlayedScenario();
        if (allocator is NoAllocation)
        {
            // The trainees play the whole supply command: pre-positioning on a warning is theirs to order.
            scenario = scenario with { Strategies = [.. scenario.Strategies.Select(s => s.Id == strategy ? s with { PrePositioning = null } : s)] };
        }

        DrillDirector? director = null;
        var outcome = SupplyRun.RunWith(scenario, strategy, drill.Replication, allocator, world =>
        {
            director = new DrillDirector(drill, orders, world, worldOf);
            director.Start();
        });
        director!.Finish();
        var metrics = Comparison.MetricsOf(scenario, outcome, onsetHour: 0, [.. scenario.Commodities.Select(c => c.DeprivationCost)], keepEvents: false);
        var log = director.Log.Lines();
        log.Add(Summary(drill, metrics, director));
        return new DrillSession(strategy, Automatic: allocator is null, outcome, director.Results, director.Assessments, director.Fired, log) { Metrics = metrics, Fired = director.FiredAt };
    }

    private static string Summary(Drill drill, RunMetrics metrics, DrillDirector director) => DrillLog.Line(drill.End.Hours, w =>
    {
        w.WriteString("type", "summary");
        w.WriteNumber("orders_accepted", director.Results.Count(r => r.Accepted));
        w.WriteNumber("orders_refused", director.Results.Count(r => !r.Accepted));
        w.WriteNumber("expectations_met", director.Assessments.Count(a => a.Met));
        w.WriteNumber("expectations_missed", director.Assessments.Count(a => !a.Met));
        w.WriteStartObject("commodities");
        for (var c = 0; c < metrics.Overall.Count; c++)
        {
            var overall = metrics.Overall[c];
            w.WriteStartObject(drill.Scenario.Commodities[c].Id.Value);
            DrillLog.Number(w, "fill_rate", overall.FillRate);
            DrillLog.Number(w, "unmet_person_days", overall.UnmetPersonDays);
            DrillLog.Number(w, "deprivation_cost", overall.DeprivationCost);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        DrillLog.Number(w, "social_cost", metrics.SocialCost);
    });
}
