namespace SimWorkbench.Drills.Situation;

/// <summary>What the trainees see at a stop of a live drill: the world now and what is new since the last stop.</summary>
/// <param name="NowHours">The time, in hours from the start.</param>
/// <param name="Ended">True when the drill has ended (its end time, or its end condition held).</param>
/// <param name="Depots">Stock in each depot that is not a city's own stock, per commodity.</param>
/// <param name="Cities">Each city's stock, what is on the way, need and unmet need, per commodity.</param>
/// <param name="Links">The links that are not open now (closed or degraded); every other link is open.</param>
/// <param name="Fleets">Each of the trainees' fleets: vehicles at the depot and out, loads waiting.</param>
/// <param name="News">What happened since the last stop, in time order: injects fired (with their text), hazards, deliveries, expected actions met or missed.</param>
public sealed record DrillSituation(
    double NowHours,
    bool Ended,
    IReadOnlyList<DepotStock> Depots,
    IReadOnlyList<CitySupply> Cities,
    IReadOnlyList<LinkReport> Links,
    IReadOnlyList<FleetReport> Fleets,
    IReadOnlyList<string> News);
