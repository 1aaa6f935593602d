using SimWorkbench.Commodities;
using SimWorkbench.Hazards;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Strategies;

namespace SimWorkbench.Scenarios;

/// <summary>
/// A validated scenario: a region, the hazards that strike it, and the strategies to compare.
/// Obtain one from <see cref="ScenarioLoader"/>; every reference in it resolves.
/// </summary>
/// <param name="Name">A display name.</param>
/// <param name="Description">What it models, in a few sentences.</param>
/// <param name="Horizon">How long each run simulates.</param>
/// <param name="Replications">Runs per strategy, each with its own random streams.</param>
/// <param name="Seed">The master seed: the same seed gives the same runs.</param>
/// <param name="RequireParity">Whether strategies must hold the same total stock and fleet (a warning when not).</param>
/// <param name="Commodities">The supplies, in file order.</param>
/// <param name="Network">Cities, depots, links and fleets.</param>
/// <param name="Hazards">The hazards scheduled, in file order.</param>
/// <param name="Cascades">How hazards lead to others.</param>
/// <param name="Strategies">The strategies compared.</param>
public sealed record Scenario(
    string Name,
    string Description,
    Duration Horizon,
    int Replications,
    ulong Seed,
    bool RequireParity,
    IReadOnlyList<Commodity> Commodities,
    RegionNetwork Network,
    IReadOnlyList<Hazard> Hazards,
    IReadOnlyList<CascadeRule> Cascades,
    IReadOnlyList<Strategy> Strategies)
{
    /// <summary>The currency every cost is counted in (prices, fleet costs, deprivation costs); US dollars by default.</summary>
    public Currency Currency { get; init; } = Currency.Usd;
}
