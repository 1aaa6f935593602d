using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;
using SimWorkbench.Strategies;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads <c>strategies:</c> items. Depots and fleets must be read first.</summary>
internal static class StrategyReader
{
    private static readonly Duration DefaultPeriod = new(6);
    private static readonly Duration DefaultMinimumWarning = new(12);

    public static Strategy? Read(MapReader item, string? id, Catalog catalog, IReadOnlyDictionary<string, City> cities)
    {
        var context = item.Context;
        item.Optional("id");
        var name = item.Optional("name") is { } n ? context.Text(n, item.Of("name")) : id;
        var kindNode = item.Required("kind");
        var kind = context.Option(kindNode, item.Of("kind"), Options.StrategyKinds);
        var allocation = item.Optional("allocation") is { } a ? context.Option(a, item.Of("allocation"), Options.AllocationRules) : AllocationRule.Proportional;
        var period = item.Optional("allocation_period") is { } p ? context.Duration(p, item.Of("allocation_period")) : DefaultPeriod;
        var hubsNode = item.Optional("hubs");
        var hubs = References(context, hubsNode, item.Of("hubs"), catalog.Depots);
        var stock = ReadStock(context, catalog, item.Optional("stock"), item.What);
        var shareNode = item.Optional("central_share");
        var share = shareNode is null ? null : context.Fraction(shareNode, item.Of("central_share"));
        var fleetsNode = item.Optional("fleets");
        var fleets = fleetsNode is null ? [.. catalog.Fleets.Ids] : References(context, fleetsNode, item.Of("fleets"), catalog.Fleets);
        var aidNode = item.Optional("mutual_aid");
        var aid = ReadMutualAid(context, aidNode, item.Of("mutual_aid"));
        var preNode = item.Optional("pre_positioning");
        var pre = ReadPrePositioning(context, preNode, item.Of("pre_positioning"));
        item.Finish();

        if (kind == StrategyKind.Hybrid && hubsNode is null)
        {
            context.Bag.Error(DiagnosticCodes.MissingKey, item.Map.Location, $"{item.What} is hybrid and so needs 'hubs' (the depots that allocate for the cities around them).");
            return null;
        }

        if (kind is { } k && k != StrategyKind.Hybrid && hubsNode is not null)
        {
            context.Error(DiagnosticCodes.Conflict, hubsNode, $"{item.What} is {Word(k)}; only a hybrid strategy has 'hubs'.");
            return null;
        }

        if (kind == StrategyKind.Centralised && aidNode is not null)
        {
            context.Error(DiagnosticCodes.Conflict, aidNode, $"{item.What} is centralised; mutual aid between cities applies to distributed and hybrid strategies.");
            return null;
        }

        if (kind == StrategyKind.Distributed && shareNode is not null)
        {
            context.Error(DiagnosticCodes.Conflict, shareNode, $"{item.What} is distributed: its stock is the cities'; central_share applies to centralised and hybrid strategies, which hold a reserve.");
            return null;
        }

        if (id is null || name is null || kind is null || allocation is null || period is null || hubs is null || stock is null || fleets is null
            || (aidNode is not null && aid is null) || (preNode is not null && pre is null) || (shareNode is not null && share is null))
        {
            return null;
        }

        var placement = stock;
        if (share is { } s)
        {
            placement = CentralShare.Place(context, shareNode!, item.What, s.Value, kind.Value, hubs, stock, catalog, cities);
            if (placement is null)
            {
                return null;
            }
        }

        return new Strategy(new StrategyId(id), name, kind.Value, allocation.Value, period.Value,
            [.. hubs.Select(h => new DepotId(h))], placement, [.. fleets.Select(f => new FleetId(f))], aid, pre);
    }

    private static string Word(StrategyKind kind) => Options.StrategyKinds.First(x => x.Value == kind).Key;

    private static List<string>? References(ReadContext context, YamlNode? node, string what, IdSet set)
    {
        var ids = new List<string>();
        var ok = true;
        foreach (var item in context.List(node, what))
        {
            if (context.Reference(item, $"an item of {what}", set) is { } id)
            {
                if (ids.Contains(id, StringComparer.Ordinal))
                {
                    context.Error(DiagnosticCodes.DuplicateId, item, $"{what} lists '{id}' twice.");
                    ok = false;
                }

                ids.Add(id);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? ids : null;
    }

    /// <summary>
    /// Where the strategy's stock is (before any <c>central_share</c>, which <see cref="CentralShare"/> applies): its own <c>stock:</c> placement (depots not listed hold
    /// nothing) checked against each depot's capacity, or else the depots' own stock.
    /// </summary>
    private static Dictionary<DepotId, IReadOnlyDictionary<CommodityId, Amount>>? ReadStock(
        ReadContext context, Catalog catalog, YamlNode? node, string what)
    {
        if (node is null)
        {
            return catalog.DepotById.Values.Where(d => d.Stock.Count > 0).ToDictionary(d => d.Id, d => d.Stock);
        }

        if (context.Map(node, $"'stock' of {what}") is not { } map)
        {
            return null;
        }

        var placement = new Dictionary<DepotId, IReadOnlyDictionary<CommodityId, Amount>>();
        var ok = true;
        foreach (var entry in map.Map.Entries)
        {
            if (context.Reference(entry.Key, $"a depot in 'stock' of {what}", catalog.Depots) is not { } depotId)
            {
                ok = false;
                continue;
            }

            var held = AmountsReader.Read(context, catalog, entry.Value, $"the stock of {what} at depot '{depotId}'", u => u.Amounts, allowZero: true);
            if (held is null || !catalog.DepotById.TryGetValue(depotId, out var depot))
            {
                ok = false;
                continue;
            }

            var capacity = depot.Capacity.ToDictionary(x => x.Key, x => (x.Value.Units, (YamlNode)entry.Key));
            DepotReader.CheckCapacity(context, catalog, $"depot '{depotId}' under {what}", capacity, held);
            placement[depot.Id] = AmountsReader.Amounts(held);
        }

        return ok ? placement : null;
    }

    private static MutualAid? ReadMutualAid(ReadContext context, YamlNode? node, string what)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var radius = context.Distance(map.Required("radius"), map.Of("radius"));
        var share = context.Fraction(map.Required("share"), map.Of("share"));
        var donorNode = map.Optional("donor_above");
        var donor = donorNode is null ? MutualAid.DefaultDonorAbove : context.Duration(donorNode, map.Of("donor_above"));
        var recipientNode = map.Optional("recipient_below");
        var recipient = recipientNode is null ? MutualAid.DefaultRecipientBelow : context.Duration(recipientNode, map.Of("recipient_below"));
        map.Finish();
        if (radius is null || share is null || donor is null || recipient is null)
        {
            return null;
        }

        if (recipient.Value.Hours >= donor.Value.Hours)
        {
            context.Error(DiagnosticCodes.Conflict, recipientNode ?? donorNode ?? node!,
                $"{what} has recipient_below {recipient.Value} and donor_above {donor.Value}: a city must need aid below a cover shorter than the one above which it gives.");
            return null;
        }

        return new MutualAid(radius.Value, share.Value, donor.Value, recipient.Value);
    }

    private static PrePositioning? ReadPrePositioning(ReadContext context, YamlNode? node, string what)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var share = context.Fraction(map.Required("share"), map.Of("share"));
        var minimum = map.Optional("minimum_warning") is { } m ? context.Duration(m, map.Of("minimum_warning"), allowZero: true) : DefaultMinimumWarning;
        map.Finish();
        return share is null || minimum is null ? null : new PrePositioning(share.Value, minimum.Value);
    }
}
