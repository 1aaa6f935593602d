using SimWorkbench.Commodities;
using SimWorkbench.Drills.Updates;
using SimWorkbench.Network;
using SimWorkbench.Network.Routing;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Reading;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Drills.Reading;

/// <summary>
/// Reads a data update inject's <c>update:</c> mapping, one of: <c>{ kind: surge, city, commodity,
/// multiplier, for }</c>, <c>{ kind: displacement, from, to, people, for? }</c>, <c>{ kind: link,
/// link, state, slowdown? }</c>, <c>{ kind: depot, depot, loading, for }</c>.
/// </summary>
internal static class UpdateReader
{
    private static readonly IReadOnlyDictionary<string, Kind> Kinds = new Dictionary<string, Kind>(StringComparer.Ordinal)
    {
        ["surge"] = Kind.Surge,
        ["displacement"] = Kind.Displacement,
        ["link"] = Kind.Link,
        ["depot"] = Kind.Depot,
    };

    private enum Kind
    {
        Surge,
        Displacement,
        Link,
        Depot,
    }

    private static readonly IReadOnlyDictionary<string, LinkState> States = new Dictionary<string, LinkState>(StringComparer.Ordinal)
    {
        ["open"] = LinkState.Open,
        ["degraded"] = LinkState.Degraded,
        ["closed"] = LinkState.Closed,
    };

    public static DataUpdate? Read(ReadContext context, YamlNode node, string what, Scenario scenario)
    {
        if (context.Map(node, what) is not { } item)
        {
            return null;
        }

        var kind = context.Option(item.Required("kind"), item.Of("kind"), Kinds);
        DataUpdate? update = kind switch
        {
            Kind.Surge => Surge(context, item, scenario),
            Kind.Displacement => Displacement(context, item, scenario),
            Kind.Link => Link(context, item, scenario),
            Kind.Depot => Depot(context, item, scenario),
            _ => null,
        };
        item.Finish();
        return update;
    }

    private static NeedSurge? Surge(ReadContext context, MapReader item, Scenario scenario)
    {
        var city = City(context, item, "city", scenario);
        var commodity = DrillYaml.Reference(context, item.Required("commodity"), item.Of("commodity"), "commodity", scenario.Commodities.Select(c => c.Id.Value));
        var multiplierNode = item.Required("multiplier");
        var multiplier = context.Number(multiplierNode, item.Of("multiplier"));
        if (multiplier is <= 1)
        {
            context.Error(DiagnosticCodes.OutOfRange, multiplierNode!, $"{item.Of("multiplier")} raises need and must be above 1, not {ReadContext.Format(multiplier.Value)}.");
            multiplier = null;
        }

        var duration = context.Duration(item.Required("for"), item.Of("for"));
        return city is null || commodity is null || multiplier is null || duration is null
            ? null
            : new NeedSurge(city.Value, new CommodityId(commodity), multiplier.Value, duration.Value);
    }

    private static PopulationMove? Displacement(ReadContext context, MapReader item, Scenario scenario)
    {
        var from = City(context, item, "from", scenario);
        var to = City(context, item, "to", scenario);
        var people = context.Positive(item.Required("people"), item.Of("people"));
        var duration = item.Optional("for") is { } f ? context.Duration(f, item.Of("for")) : null;
        if (from is not null && from == to)
        {
            context.Error(DiagnosticCodes.Conflict, item.Optional("to")!, $"{item.Of("to")} is the city they leave; a displacement moves people to another city.");
            return null;
        }

        return from is null || to is null || people is null || (item.Optional("for") is not null && duration is null)
            ? null
            : new PopulationMove(from.Value, to.Value, people.Value, duration);
    }

    private static LinkStateReport? Link(ReadContext context, MapReader item, Scenario scenario)
    {
        var link = DrillYaml.Reference(context, item.Required("link"), item.Of("link"), "link", scenario.Network.Links.Select(l => l.Id.Value));
        var state = context.Option(item.Required("state"), item.Of("state"), States);
        var slowdownNode = item.Optional("slowdown");
        var slowdown = slowdownNode is null ? RoadGraph.DefaultDegradedSlowdown : context.InRange(slowdownNode, item.Of("slowdown"), 1, double.MaxValue);
        if (slowdownNode is not null && state is not null and not LinkState.Degraded)
        {
            context.Error(DiagnosticCodes.Conflict, slowdownNode, $"{item.Of("slowdown")} applies to a degraded link only.");
            return null;
        }

        return link is null || state is null || slowdown is null ? null : new LinkStateReport(new LinkId(link), state.Value, slowdown.Value);
    }

    private static DepotLoadingReport? Depot(ReadContext context, MapReader item, Scenario scenario)
    {
        var depot = DrillYaml.Reference(context, item.Required("depot"), item.Of("depot"), "depot", scenario.Network.Depots.Select(d => d.Id.Value));
        var loading = context.Factor(item.Required("loading"), item.Of("loading"));
        var duration = context.Duration(item.Required("for"), item.Of("for"));
        return depot is null || loading is null || duration is null ? null : new DepotLoadingReport(new DepotId(depot), loading.Value, duration.Value);
    }

    private static CityId? City(ReadContext context, MapReader item, string key, Scenario scenario) =>
        DrillYaml.Reference(context, item.Required(key), item.Of(key), "city", scenario.Network.Cities.Select(c => c.Id.Value)) is { } id ? new CityId(id) : null;
}
