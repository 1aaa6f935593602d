using SimWorkbench.Quantities;

namespace SimWorkbench.Network;

/// <summary>A group of identical vehicles based at one depot.</summary>
/// <param name="Id">The fleet's id.</param>
/// <param name="Depot">The depot the vehicles load at and return to.</param>
/// <param name="Mode">The links they can use.</param>
/// <param name="Vehicles">How many vehicles, at least 1.</param>
/// <param name="Payload">What one vehicle carries.</param>
/// <param name="Speed">Their average travel speed on an open link.</param>
public sealed record Fleet(FleetId Id, DepotId Depot, LinkMode Mode, int Vehicles, Mass Payload, Speed Speed)
{
    /// <summary>What the whole fleet carries in one trip: vehicles × payload.</summary>
    public Mass TotalPayload => new(Vehicles * Payload.Kilograms);

    /// <summary>What one vehicle costs per kilometre driven, loaded or empty, in the scenario's currency; 0 when not given.</summary>
    public DistanceCost CostPerKm { get; init; }
}
