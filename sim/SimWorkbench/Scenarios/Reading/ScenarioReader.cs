using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Checks;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>
/// Reads a whole (merged) scenario tree: declares every id first, reads each section in the
/// order its references need, then runs the checks across items. Returns a scenario only when
/// nothing was wrong; every problem found along the way is in the bag.
/// </summary>
internal static class ScenarioReader
{
    private const long MaxReplications = 100_000;

    public static Scenario? Read(YamlMap root, DiagnosticBag bag)
    {
        var context = new ReadContext(bag);
        var top = new MapReader(context, root, "the scenario");
        var name = context.Text(top.Required("name"), top.Of("name"));
        var description = top.Optional("description") is { } d ? context.Text(d, top.Of("description")) : string.Empty;
        var horizon = context.Duration(top.Required("horizon"), top.Of("horizon"));
        var replications = top.Optional("replications") is { } r ? context.Count(r, top.Of("replications"), MaxReplications) : 1;
        var seed = top.Optional("seed") is { } s ? context.Seed(s, top.Of("seed")) : 1UL;
        var parity = top.Optional("require_parity") is { } p ? context.Boolean(p, top.Of("require_parity")) : true;
        var currency = top.Optional("currency") is { } cur ? context.Currency(cur, top.Of("currency")) : Currency.Usd;

        var catalog = new Catalog { Currency = currency ?? Currency.Usd };
        var commodityItems = catalog.Declare(context, Section(top, "commodities", "commodity"), catalog.Commodities);
        var cityItems = catalog.Declare(context, Section(top, "cities", "city"), catalog.Cities);
        var depotItems = catalog.Declare(context, Section(top, "depots", "depot"), catalog.Depots);
        var linkItems = catalog.Declare(context, Section(top, "links", null), catalog.Links);
        var fleetItems = catalog.Declare(context, Section(top, "fleets", "fleet"), catalog.Fleets);
        var hazardItems = catalog.Declare(context, Section(top, "hazards", null), catalog.Hazards);
        var cascadeItems = catalog.Declare(context, Section(top, "cascades", null), catalog.Cascades);
        var strategyItems = catalog.Declare(context, Section(top, "strategies", "strategy"), catalog.Strategies);
        top.Finish();

        var commodities = ReadAll(commodityItems, (item, id) => CommodityReader.Read(item, id, catalog));
        var cities = ReadAll(cityItems, (item, id) => CityReader.Read(item, id, catalog));
        var cityById = cities.ToDictionary(c => c.Record.Id.Value, c => c.Record, StringComparer.Ordinal);
        var depots = ReadAll(depotItems, (item, id) => DepotReader.Read(item, id, catalog, cityById));
        var links = ReadAll(linkItems, (item, id) => LinkReader.Read(item, id, catalog));
        var fleets = ReadAll(fleetItems, (item, id) => FleetReader.Read(item, id, catalog));
        var hazards = ReadAll(hazardItems, (item, id) => HazardReader.Read(item, id, catalog));
        var cascades = ReadAll(cascadeItems, (item, id) => CascadeReader.Read(item, id, catalog));
        var strategies = ReadAll(strategyItems, (item, id) => StrategyReader.Read(item, id, catalog, cityById));

        CascadeCycleCheck.Run(bag, [.. cascades.Select(x => (x.Record, (YamlNode)x.At.Map.Get("id")!))]);
        if (bag.HasErrors || name is null || description is null || horizon is null || replications is null || seed is null || parity is null || currency is null)
        {
            return null;
        }

        var onsets = hazards.Select(h => (h.Record, h.At.Map.Get("onset")!)).ToList();
        HorizonCheck.Run(bag, horizon.Value, onsets);
        ReachabilityCheck.Run(bag, [.. cities.Select(c => (c.Record, (YamlNode)c.At.Map.Get("id")!))], [.. depots.Select(x => x.Record)], [.. links.Select(x => x.Record)]);
        if (parity.Value)
        {
            ParityCheck.Run(bag, [.. strategies.Select(x => (x.Record, (YamlNode)x.At.Map.Get("id")!))], [.. commodities.Select(x => x.Record)], [.. fleets.Select(x => x.Record)]);
        }

        return new Scenario(
            name,
            description,
            horizon.Value,
            (int)replications.Value,
            seed.Value,
            parity.Value,
            [.. commodities.Select(x => x.Record)],
            new Network.RegionNetwork(
                [.. cities.Select(x => x.Record)],
                [.. depots.Select(x => x.Record)],
                [.. links.Select(x => x.Record)],
                [.. fleets.Select(x => x.Record)]),
            [.. hazards.Select(x => x.Record)],
            [.. cascades.Select(x => x.Record)],
            [.. strategies.Select(x => x.Record)])
        {
            Currency = currency,
        };
    }

    /// <summary>A section's items; a section named with a <paramref name="singular"/> is required and may not be empty.</summary>
    private static IReadOnlyList<YamlNode> Section(MapReader top, string key, string? singular)
    {
        var node = singular is null ? top.Optional(key) : top.Required(key);
        var items = top.Context.List(node, top.Of(key));
        if (singular is not null && node is YamlList && items.Count == 0)
        {
            top.Context.Error(DiagnosticCodes.MissingKey, node, $"'{key}' is empty: a scenario needs at least one {singular}.");
        }

        return items;
    }

    private static List<(T Record, MapReader At)> ReadAll<T>(List<(MapReader Item, string? Id)> items, Func<MapReader, string?, T?> read)
        where T : class
    {
        var records = new List<(T, MapReader)>(items.Count);
        foreach (var (item, id) in items)
        {
            if (read(item, id) is { } record)
            {
                records.Add((record, item));
            }
        }

        return records;
    }
}
