using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Strategies;

namespace SimWorkbench.Runs;

/// <summary>What one run of one strategy did: hour by hour need and service, deliveries, distance driven, and the stock ledger.</summary>
/// <param name="Strategy">The strategy run.</param>
/// <param name="Replication">The replication number, from 0.</param>
/// <param name="Seed">The run's seed, derived from the scenario's seed and the replication.</param>
/// <param name="HorizonHours">How long it simulated, in hours.</param>
/// <param name="Cities">The cities, in scenario order: the series' city index.</param>
/// <param name="Commodities">The commodities, in scenario order: the series' commodity index.</param>
/// <param name="Need">Minimum need per city, commodity and hour slot, in commodity units.</param>
/// <param name="Served">What was served of it from the city's stock, in commodity units.</param>
/// <param name="Deliveries">Every load unloaded into a city, in time order.</param>
/// <param name="VehicleKilometres">Kilometres driven by all vehicles, loaded and empty.</param>
/// <param name="Ledger">Per commodity, where the stock went; balanced.</param>
/// <param name="Hazards">The event log: every hazard that happened, scheduled or caused by a cascade, in order of onset.</param>
public sealed record RunOutcome(
    StrategyId Strategy,
    int Replication,
    ulong Seed,
    double HorizonHours,
    IReadOnlyList<CityId> Cities,
    IReadOnlyList<CommodityId> Commodities,
    HourlySeries Need,
    HourlySeries Served,
    IReadOnlyList<Delivery> Deliveries,
    double VehicleKilometres,
    IReadOnlyList<StockLedger> Ledger,
    IReadOnlyList<HazardRecord> Hazards)
{
    /// <summary>Every change of a link's state after the start (damage by a hazard, opening after repair), in time order.</summary>
    public IReadOnlyList<LinkStateChange> LinkChanges { get; init; } = [];

    /// <summary>Kilometres driven by each of the strategy's fleets, in the strategy's fleet order; they sum to <see cref="VehicleKilometres"/>.</summary>
    public IReadOnlyList<FleetKilometres> FleetKilometres { get; init; } = [];

    /// <summary>
    /// Per commodity (scenario order), the stock on hand in depots and cities integrated over the
    /// horizon, in unit-hours: Σ over hour slots of the level at the slot's middle × its length.
    /// Stock in transit is not on hand. Holding cost is charged on it.
    /// </summary>
    public IReadOnlyList<double> StockUnitHours { get; init; } = [];
}
