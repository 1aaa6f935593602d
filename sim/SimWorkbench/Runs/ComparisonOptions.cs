using SimWorkbench.Metrics;
using SimWorkbench.Strategies;

namespace SimWorkbench.Runs;

/// <summary>How to run a <see cref="Comparison"/>; every setting has a default.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The strategies to run, in the order to report them; null for all the scenario's, in file order.</summary>
    public IReadOnlyList<StrategyId>? Strategies { get; init; }

    /// <summary>Replications per strategy (≥ 1); null for the scenario's own.</summary>
    public int? Replications { get; init; }

    /// <summary>The master seed; null for the scenario's own.</summary>
    public ulong? Seed { get; init; }

    /// <summary>
    /// How many runs at once (at least 1): that many worker threads, each keeping its buffers from
    /// run to run; one per core by default. Results do not depend on it.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The hour the emergency starts, from which times to first delivery and to recover are counted;
    /// null (the default) for the hour the scenario's first hazard strikes (<see cref="Comparison.OnsetHourOf"/>).
    /// </summary>
    public int? OnsetHour { get; init; }

    /// <summary>
    /// Overrides of the deprivation cost function of each commodity, by id (e.g. a notebook testing
    /// another estimate); a commodity not listed uses its scenario's <c>deprivation_cost</c>.
    /// </summary>
    public IReadOnlyDictionary<string, DeprivationCostFunction>? DeprivationCosts { get; init; }

    /// <summary>How many replications of each strategy keep their events (deliveries, hazards, link state changes) for the event log and the report, from replication 0; 1 by default.</summary>
    public int EventReplications { get; init; } = 1;

    /// <summary>Told the number of runs finished so far, from any thread, after each run.</summary>
    public IProgress<int>? Progress { get; init; }
}
