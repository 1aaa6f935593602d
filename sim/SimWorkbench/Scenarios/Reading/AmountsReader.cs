using SimWorkbench.Commodities;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads mappings keyed by commodity id (<c>water: 20000 L</c>) with each commodity's own units.</summary>
internal static class AmountsReader
{
    /// <summary>
    /// The values read, by commodity, with the node each came from; null if the mapping is not
    /// one. Commodities that failed to read themselves are skipped without a second message.
    /// </summary>
    public static Dictionary<CommodityId, (double Value, YamlNode Node)>? Read(
        ReadContext context, Catalog catalog, YamlNode? node, string what, Func<CommodityUnits, UnitTable> units, bool allowZero)
    {
        if (node is null)
        {
            return null;
        }

        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var values = new Dictionary<CommodityId, (double, YamlNode)>();
        foreach (var entry in map.Map.Entries)
        {
            if (context.Reference(entry.Key, $"a key of {what}", catalog.Commodities) is not { } id
                || !catalog.CommodityById.TryGetValue(id, out var commodity))
            {
                continue;
            }

            if (context.Quantity(entry.Value, $"{id} in {what}", units(commodity.Units), allowZero) is { } value)
            {
                values[commodity.Commodity.Id] = (value, entry.Value);
            }
        }

        return values;
    }

    public static IReadOnlyDictionary<CommodityId, Amount> Amounts(Dictionary<CommodityId, (double Value, YamlNode Node)> read) =>
        read.ToDictionary(x => x.Key, x => new Amount(x.Value.Value));
}
