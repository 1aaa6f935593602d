using System.Globalization;
using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads <c>depots:</c> items. Cities must be read first: a depot in a city takes its location.</summary>
internal static class DepotReader
{
    private static readonly Duration DefaultRepair = Duration.FromDays(7);

    public static Depot? Read(MapReader item, string? id, Catalog catalog, IReadOnlyDictionary<string, City> cities)
    {
        var context = item.Context;
        item.Optional("id");
        var name = item.Optional("name") is { } n ? context.Text(n, item.Of("name")) : id;
        var tier = context.Option(item.Required("tier"), item.Of("tier"), Options.Tiers);
        var cityNode = item.Optional("city");
        var locationNode = item.Optional("location");
        var city = context.Reference(cityNode, item.Of("city"), catalog.Cities);
        var location = LocationReader.Read(context, locationNode, item.Of("location"));
        if (cityNode is not null && locationNode is not null)
        {
            context.Error(DiagnosticCodes.Conflict, locationNode, $"{item.What} has both 'city' and 'location': a depot in a city takes the city's location; keep one.");
        }
        else if (cityNode is null && locationNode is null)
        {
            context.Bag.Error(DiagnosticCodes.MissingKey, item.Map.Location, $"{item.What} needs 'city' (the city it sits in) or 'location' (its own position).");
        }

        var capacity = AmountsReader.Read(context, catalog, item.Required("capacity"), item.Of("capacity"), u => u.Amounts, allowZero: true);
        var stock = AmountsReader.Read(context, catalog, item.Optional("stock"), item.Of("stock"), u => u.Amounts, allowZero: true)
            ?? [];
        var loading = context.MassRate(item.Required("loading"), item.Of("loading"));
        var repair = item.Optional("repair_time") is { } r ? context.Duration(r, item.Of("repair_time")) : DefaultRepair;
        var replenishment = ReadReplenishment(context, catalog, item.Optional("replenishment"), item.Of("replenishment"));
        item.Finish();

        if (capacity is not null)
        {
            CheckCapacity(context, catalog, item.What, capacity, stock);
        }

        if (city is not null && cities.TryGetValue(city, out var home))
        {
            location = home.Location;
        }

        if (id is null || name is null || tier is null || location is null || capacity is null || loading is null || repair is null
            || (item.Optional("replenishment") is not null && replenishment is null))
        {
            return null;
        }

        var depot = new Depot(new DepotId(id), name, tier.Value, city is null ? null : new CityId(city), location,
            AmountsReader.Amounts(capacity), AmountsReader.Amounts(stock), loading.Value, repair.Value, replenishment);
        catalog.DepotById[id] = depot;
        return depot;
    }

    /// <summary>Reports every commodity stocked above the depot's capacity (0 for a commodity the capacity does not list).</summary>
    public static void CheckCapacity(
        ReadContext context,
        Catalog catalog,
        string depot,
        IReadOnlyDictionary<CommodityId, (double Value, YamlNode Node)> capacity,
        IReadOnlyDictionary<CommodityId, (double Value, YamlNode Node)> stock)
    {
        foreach (var (commodity, (amount, node)) in stock)
        {
            var limit = capacity.TryGetValue(commodity, out var c) ? c.Value : 0;
            if (amount > limit && catalog.CommodityById.TryGetValue(commodity.Value, out var known))
            {
                var unit = known.Commodity.Unit;
                context.Error(DiagnosticCodes.AboveCapacity, node, string.Create(CultureInfo.InvariantCulture,
                    $"{depot} would hold {amount:N0} {unit} of {commodity}, above its capacity of {limit:N0} {unit}{(capacity.ContainsKey(commodity) ? string.Empty : $" (its capacity lists no {commodity})")}."));
            }
        }
    }

    private static Replenishment? ReadReplenishment(ReadContext context, Catalog catalog, YamlNode? node, string what)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var lead = context.Duration(map.Required("lead_time"), map.Of("lead_time"), allowZero: true);
        var rate = AmountsReader.Read(context, catalog, map.Required("rate"), map.Of("rate"), u => u.Rates, allowZero: true);
        map.Finish();
        return lead is null || rate is null
            ? null
            : new Replenishment(lead.Value, rate.ToDictionary(x => x.Key, x => new AmountRate(x.Value.Value)));
    }
}
