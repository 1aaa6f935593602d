using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>
/// Every id the scenario declares, gathered before any item is read so that references resolve
/// whatever the order of sections, and the items read so far that later sections need.
/// Cities, depots and links share one set of names: a hazard's targets may be any of them.
/// </summary>
internal sealed class Catalog
{
    private readonly Dictionary<string, (IdSet Set, YamlScalar At)> elementNames = new(StringComparer.Ordinal);

    /// <summary>The scenario's currency, read before any item: prices and costs are written in it.</summary>
    public Currency Currency { get; set; } = Currency.Usd;

    public IdSet Commodities { get; } = new("commodity");

    public IdSet Cities { get; } = new("city");

    public IdSet Depots { get; } = new("depot");

    public IdSet Links { get; } = new("link");

    public IdSet Fleets { get; } = new("fleet");

    public IdSet Hazards { get; } = new("hazard");

    public IdSet Cascades { get; } = new("cascade rule");

    public IdSet Strategies { get; } = new("strategy");

    /// <summary>Commodities read without error, with the units their quantities accept.</summary>
    public Dictionary<string, (Commodity Commodity, CommodityUnits Units)> CommodityById { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Depot> DepotById { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Fleet> FleetById { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Declares the ids of a section's items and returns each item that is a mapping, with its id
    /// (null when missing, invalid or a duplicate, all reported here).
    /// </summary>
    public List<(MapReader Item, string? Id)> Declare(ReadContext context, IReadOnlyList<YamlNode> nodes, IdSet set)
    {
        var shared = set == Cities || set == Depots || set == Links;
        var names = shared ? elementNames : new Dictionary<string, (IdSet Set, YamlScalar At)>(StringComparer.Ordinal);
        if (!shared)
        {
            foreach (var id in set.Ids)
            {
                set.TryGet(id, out var at);
                names[id] = (set, at);
            }
        }

        var items = new List<(MapReader, string?)>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var fallback = $"{set.Kind} #{i + 1}";
            if (context.Map(nodes[i], fallback) is not { } item)
            {
                continue;
            }

            var idNode = item.Map.Get("id");
            if (idNode is null or YamlScalar { IsNull: true })
            {
                context.Bag.Error(DiagnosticCodes.MissingKey, item.Map.Location, $"{fallback} is missing required key 'id'.");
                items.Add((item, null));
                continue;
            }

            var id = context.Id(idNode, $"the id of {fallback}");
            if (id is not null && names.TryGetValue(id, out var first))
            {
                var where = first.Set == set
                    ? $"duplicate {set.Kind} id '{id}' (first at line {first.At.Location.Line})"
                    : $"id '{id}' is already the {first.Set.Kind} at line {first.At.Location.Line}; cities, depots and links share one set of ids";
                context.Error(DiagnosticCodes.DuplicateId, idNode, where + ".");
                id = null;
            }
            else if (id is not null)
            {
                names[id] = (set, (YamlScalar)idNode);
                set.Add(id, (YamlScalar)idNode);
            }

            items.Add((new MapReader(context, item.Map, id is null ? fallback : $"{set.Kind} '{id}'"), id));
        }

        return items;
    }

    /// <summary>The node id a reference to a city or depot means (a depot in a city is that city's node).</summary>
    public NodeId NodeOf(string id) => DepotById.TryGetValue(id, out var depot) ? depot.Node : new NodeId(id);
}
