using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads <c>fleets:</c> items.</summary>
internal static class FleetReader
{
    private const int MaxVehicles = 100_000;

    public static Fleet? Read(MapReader item, string? id, Catalog catalog)
    {
        var context = item.Context;
        item.Optional("id");
        var depot = context.Reference(item.Required("depot"), item.Of("depot"), catalog.Depots);
        var mode = context.Option(item.Required("mode"), item.Of("mode"), Options.Modes);
        var vehicles = context.Count(item.Required("vehicles"), item.Of("vehicles"), MaxVehicles);
        var payload = context.Mass(item.Required("payload"), item.Of("payload"));
        var speed = context.Speed(item.Required("speed"), item.Of("speed"));
        var costPerKm = item.Optional("cost_per_km") is { } c ? context.Quantity(c, item.Of("cost_per_km"), UnitTable.DistanceCosts(catalog.Currency), allowZero: true) : 0;
        item.Finish();
        if (id is null || depot is null || mode is null || vehicles is null || payload is null || speed is null || costPerKm is null)
        {
            return null;
        }

        var fleet = new Fleet(new FleetId(id), new DepotId(depot), mode.Value, (int)vehicles.Value, payload.Value, speed.Value)
        {
            CostPerKm = new DistanceCost(costPerKm.Value),
        };
        catalog.FleetById[id] = fleet;
        return fleet;
    }
}
