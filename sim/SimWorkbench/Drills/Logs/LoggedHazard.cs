namespace SimWorkbench.Drills.Logs;

/// <summary>A hazard that struck: the scenario's, one an inject forced, or a cascade.</summary>
/// <param name="AtHours">Its onset.</param>
/// <param name="Id">The hazard's id.</param>
/// <param name="Kind">Its kind (e.g. <c>Earthquake</c>).</param>
/// <param name="Damaged">How many elements (links, depots, cities) it damaged.</param>
public sealed record LoggedHazard(double AtHours, string Id, string Kind, int Damaged) : LogEntry(AtHours);
