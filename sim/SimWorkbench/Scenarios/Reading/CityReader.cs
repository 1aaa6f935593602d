using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads <c>cities:</c> items.</summary>
internal static class CityReader
{
    /// <summary>No city or district on Earth is larger (Tokyo's metropolis is about 37 million).</summary>
    private const long MaxPopulation = 100_000_000;

    private static readonly Duration DefaultRecovery = Duration.FromDays(30);

    public static City? Read(MapReader item, string? id, Catalog catalog)
    {
        var context = item.Context;
        item.Optional("id");
        var name = item.Optional("name") is { } n ? context.Text(n, item.Of("name")) : id;
        var location = LocationReader.Read(context, item.Required("location"), item.Of("location"));
        var population = context.Count(item.Required("population"), item.Of("population"), MaxPopulation);
        var priority = item.Optional("priority") is { } p ? context.Positive(p, item.Of("priority")) : 1.0;
        var overrides = AmountsReader.Read(context, catalog, item.Optional("need"), item.Of("need"), u => u.Needs, allowZero: true);
        var recovery = item.Optional("recovery_time") is { } r ? context.Duration(r, item.Of("recovery_time")) : DefaultRecovery;
        item.Finish();
        if (id is null || name is null || location is null || population is null || priority is null || recovery is null)
        {
            return null;
        }

        var need = new Dictionary<CommodityId, DailyNeed>();
        foreach (var (commodity, _) in catalog.CommodityById.Values)
        {
            need[commodity.Id] = overrides is not null && overrides.TryGetValue(commodity.Id, out var own)
                ? new DailyNeed(own.Value)
                : commodity.Need;
        }

        return new City(new CityId(id), name, location, population.Value, priority.Value, need, recovery.Value);
    }
}
