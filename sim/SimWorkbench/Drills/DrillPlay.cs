using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Drills;

/// <summary>
/// Plays a drill on the supply engine: the same world, seed and named random streams as
/// <see cref="SupplyRun"/> for the drill's replication, with the trainer's injects and the
/// trainees' orders in it. Scripted play is a <see cref="LiveDrill"/> driven by the orders' times.
/// </summary>
public static class DrillPlay
{
    /// <summary>
    /// Plays the trainees' orders: the strategy's own allocator ships nothing and its standing
    /// pre-positioning plan does not run; every shipment is an order (or mutual aid they switched on).
    /// Each order is given at its time, after everything the world does at that time; orders at the
    /// same time go in their numbers' order.
    /// </summary>
    /// <param name="drill">A loaded drill.</param>
    /// <param name="orders">The orders, from <see cref="DrillLoader.LoadOrders"/> or a replayed log; none for "no orders".</param>
    /// <returns>The session.</returns>
    public static DrillSession Play(Drill drill, IReadOnlyList<DrillOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentNullException.ThrowIfNull(orders);
        var live = LiveDrill.Begin(drill);
        foreach (var order in orders.OrderBy(o => o.At.Hours).ThenBy(o => o.Number))
        {
            live.RunTo(order.At.Hours);
            live.Give(order);
        }

        return live.Finish();
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
        return LiveDrill.Automatic(drill, strategy).Finish();
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
        return LiveDrill.NoOrders(drill, trainees.Fired).Finish();
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
        return LiveDrill.Automatic(drill, strategy, trainees.Fired).Finish();
    }
}
