using SimWorkbench.Network;

namespace SimWorkbench.Runs;

/// <summary>How far one fleet's vehicles drove in a run, loaded and empty.</summary>
/// <param name="Fleet">The fleet.</param>
/// <param name="Kilometres">Vehicle-kilometres: the sum over its vehicles of the links they drove.</param>
public sealed record FleetKilometres(FleetId Fleet, double Kilometres);
