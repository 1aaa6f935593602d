using SimWorkbench.Network;

namespace SimWorkbench.Supply;

/// <summary>One vehicle of a fleet, as the running simulation passes it in and out of its fleet's store.</summary>
/// <param name="Number">Its number within the fleet, from 0: tells vehicles apart in traces.</param>
/// <param name="Fleet">The fleet it belongs to.</param>
/// <param name="PayloadKilograms">The most mass it carries, in kg.</param>
/// <param name="SpeedKilometresPerHour">Its speed on an open link without a travel time of its own, in km/h.</param>
/// <param name="Mode">The links it can use.</param>
/// <param name="Home">The depot it loads at and returns to.</param>
internal sealed record Vehicle(int Number, FleetId Fleet, double PayloadKilograms, double SpeedKilometresPerHour, LinkMode Mode, DepotId Home);
