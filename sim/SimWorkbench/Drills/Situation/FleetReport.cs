using SimWorkbench.Network;

namespace SimWorkbench.Drills.Situation;

/// <summary>Where a fleet's vehicles are now.</summary>
/// <param name="Fleet">The fleet.</param>
/// <param name="Depot">Its home depot.</param>
/// <param name="Vehicles">How many vehicles it has.</param>
/// <param name="AtDepot">Vehicles idle at the depot.</param>
/// <param name="LoadsWaiting">Loads of orders waiting at the depot for a vehicle.</param>
public sealed record FleetReport(FleetId Fleet, DepotId Depot, int Vehicles, int AtDepot, int LoadsWaiting)
{
    /// <summary>Vehicles out: loading, on the road to a city, or on the way back.</summary>
    public int Out => Vehicles - AtDepot;
}
