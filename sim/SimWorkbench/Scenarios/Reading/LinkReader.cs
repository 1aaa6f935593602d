using SimWorkbench.Network;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads <c>links:</c> items. Depots must be read first: an end may be a depot with its own location.</summary>
internal static class LinkReader
{
    public static Link? Read(MapReader item, string? id, Catalog catalog)
    {
        var context = item.Context;
        item.Optional("id");
        var fromNode = item.Required("from");
        var toNode = item.Required("to");
        var from = End(context, catalog, fromNode, item.Of("from"));
        var to = End(context, catalog, toNode, item.Of("to"));
        var mode = context.Option(item.Required("mode"), item.Of("mode"), Options.Modes);
        var kind = item.Optional("kind") is { } k ? context.Option(k, item.Of("kind"), Options.LinkKinds) : DefaultKind(mode);
        var length = context.Distance(item.Required("length"), item.Of("length"));
        var travel = item.Optional("travel_time") is { } t ? context.Duration(t, item.Of("travel_time")) : null;
        var throughput = item.Optional("throughput") is { } q ? context.MassRate(q, item.Of("throughput")) : null;
        var repair = context.Duration(item.Required("repair_time"), item.Of("repair_time"));
        var oneWay = item.Optional("one_way") is { } o ? context.Boolean(o, item.Of("one_way")) : false;
        var state = item.Optional("state") is { } s ? context.Option(s, item.Of("state"), Options.LinkStates) : LinkState.Open;
        item.Finish();

        if (from is not null && to is not null && from == to)
        {
            context.Error(DiagnosticCodes.Conflict, toNode!, $"{item.What} runs from '{from}' to itself; a link joins two different places.");
            return null;
        }

        var failed = (item.Optional("travel_time") is not null && travel is null) || (item.Optional("throughput") is not null && throughput is null);
        if (id is null || from is null || to is null || mode is null || kind is null || length is null || repair is null || oneWay is null || state is null || failed)
        {
            return null;
        }

        return new Link(new LinkId(id), from.Value, to.Value, mode.Value, kind.Value, length.Value, travel, throughput, repair.Value, oneWay.Value, state.Value);
    }

    private static LinkKind? DefaultKind(LinkMode? mode) => mode switch
    {
        LinkMode.Road => LinkKind.Road,
        LinkMode.Rail => LinkKind.RailLine,
        LinkMode.Water => LinkKind.SeaRoute,
        LinkMode.Air => LinkKind.AirRoute,
        _ => null,
    };

    /// <summary>A link's end: a city, or a depot with its own location (a depot in a city is reached through the city).</summary>
    private static NodeId? End(ReadContext context, Catalog catalog, YamlNode? node, string what)
    {
        if (context.Reference(node, what, catalog.Cities, catalog.Depots) is not { } id)
        {
            return null;
        }

        if (catalog.DepotById.TryGetValue(id, out var depot) && depot.City is { } city)
        {
            context.Error(DiagnosticCodes.Conflict, node!, $"{what} is depot '{id}', which sits in city '{city}': link to '{city}' instead.");
            return null;
        }

        return new NodeId(id);
    }
}
