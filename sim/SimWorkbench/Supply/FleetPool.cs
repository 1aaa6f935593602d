using SimWorkbench.Kernel;
using SimWorkbench.Network;

namespace SimWorkbench.Supply;

/// <summary>A fleet in a run: its vehicles waiting at their depot in a kernel store, taken for a trip and given back.</summary>
/// <param name="Fleet">The fleet as the scenario describes it.</param>
/// <param name="Depot">The index of its home depot.</param>
/// <param name="Vehicles">The vehicles at the depot now.</param>
internal sealed record FleetPool(Fleet Fleet, int Depot, Store<Vehicle> Vehicles);
