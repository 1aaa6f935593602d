using SimWorkbench.Hazards;
using SimWorkbench.Network;

namespace SimWorkbench.Runs;

/// <summary>A link's state changed during a run: a line of the run's event log.</summary>
/// <param name="TimeHours">When, in hours from the start of the run.</param>
/// <param name="Link">The link.</param>
/// <param name="State">Its state from then on.</param>
/// <param name="Cause">The hazard that damaged it, or null when a repair opened it.</param>
public readonly record struct LinkStateChange(double TimeHours, LinkId Link, LinkState State, HazardId? Cause);
