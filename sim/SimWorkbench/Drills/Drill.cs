using SimWorkbench.Quantities;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;

namespace SimWorkbench.Drills;

/// <summary>
/// A validated drill: the scenario the simulation plays, the strategy whose holdings and fleets the
/// trainees command, the roles they play, the trainer's injects, and when the drill ends.
/// Obtain one from <see cref="DrillLoader"/>.
/// </summary>
/// <param name="Name">A display name.</param>
/// <param name="Scenario">The base scenario, as loaded (its horizon is replaced by <paramref name="End"/> when played).</param>
/// <param name="Strategy">The strategy whose stock and fleets the trainees command.</param>
/// <param name="Replication">The replication whose random streams the drill plays (0 unless the file says otherwise).</param>
/// <param name="Roles">The roles injects are addressed to.</param>
/// <param name="Injects">The injects, in file order.</param>
/// <param name="End">When the drill ends, from the start of the run: at this time, or at the latest when it has an end condition (<see cref="Until"/>).</param>
public sealed record Drill(
    string Name,
    Scenario Scenario,
    StrategyId Strategy,
    int Replication,
    IReadOnlyList<DrillRole> Roles,
    IReadOnlyList<Inject> Injects,
    Duration End)
{
    /// <summary>The condition that ends the drill before <see cref="End"/> when it holds (checked at each whole hour), or null to end at <see cref="End"/>.</summary>
    public EndCondition? Until { get; init; }

    /// <summary>The scenario as the drill plays it: horizon at the end, hazards that injects force taken off the schedule.</summary>
    /// <returns>The scenario to simulate.</returns>
    public Scenario PlayedScenario()
    {
        var forced = Injects.Where(i => i.Hazard is not null).Select(i => i.Hazard!.Value).ToHashSet();
        return Scenario with { Horizon = End, Hazards = [.. Scenario.Hazards.Where(h => !forced.Contains(h.Id))] };
    }
}
