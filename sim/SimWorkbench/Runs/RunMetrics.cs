using SimWorkbench.Metrics;
using SimWorkbench.Strategies;

namespace SimWorkbench.Runs;

/// <summary>
/// The metrics of one run (one strategy, one replication), computed from its <see cref="RunOutcome"/>
/// by <see cref="Comparison"/>; the hourly series are not kept.
/// </summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Replication">The replication number, from 0.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Overall">Per commodity, in scenario order, the metrics over all cities (each with its cities' own).</param>
/// <param name="VehicleKilometres">Kilometres driven by all vehicles.</param>
/// <param name="DeliveryCount">Loads unloaded into cities.</param>
/// <param name="Deliveries">Every delivery, in time order, when the comparison kept this run's events; else empty.</param>
public sealed record RunMetrics(
    StrategyId Strategy,
    int Replication,
    ulong Seed,
    IReadOnlyList<OverallMetrics> Overall,
    double VehicleKilometres,
    int DeliveryCount,
    IReadOnlyList<Delivery> Deliveries)
{
    /// <summary>The hazard log (every hazard that happened, in order of onset), when the comparison kept this run's events; else empty.</summary>
    public IReadOnlyList<HazardRecord> Hazards { get; init; } = [];

    /// <summary>Every change of a link's state, in time order, when the comparison kept this run's events; else empty.</summary>
    public IReadOnlyList<LinkStateChange> LinkChanges { get; init; } = [];

    /// <summary>The run's logistics costs, in the scenario's currency.</summary>
    public required LogisticsCosts Costs { get; init; }

    /// <summary>Σ over commodities of the overall deprivation cost, in the scenario's currency.</summary>
    public double DeprivationCost => Overall.Sum(o => o.DeprivationCost);

    /// <summary>The social cost: logistics cost + deprivation cost (Holguín-Veras et al. 2013), in the scenario's currency.</summary>
    public double SocialCost => Costs.Total + DeprivationCost;
}
