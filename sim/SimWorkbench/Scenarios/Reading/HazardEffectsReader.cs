using SimWorkbench.Commodities;
using SimWorkbench.Hazards;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>
/// Reads the effect keys a hazard and a cascade's new hazard share: <c>fragility</c>,
/// <c>demand_surge</c>, <c>displacement</c>, <c>loading_factor</c>, <c>distribution_factor</c>.
/// </summary>
internal static class HazardEffectsReader
{
    private static readonly HashSet<ElementKind> LinkElements =
    [
        ElementKind.Road, ElementKind.Bridge, ElementKind.Tunnel, ElementKind.MountainPass,
        ElementKind.RailLine, ElementKind.RailBridge, ElementKind.SeaRoute, ElementKind.AirRoute,
    ];

    /// <summary>The effects, or null when any of them failed to read (reported).</summary>
    public static HazardEffects? Read(MapReader item, Catalog catalog)
    {
        var context = item.Context;
        var fragility = new List<FragilityCurve>();
        var seen = new Dictionary<ElementKind, YamlNode>();
        var ok = true;
        foreach (var node in context.List(item.Optional("fragility"), item.Of("fragility")))
        {
            var curve = ReadCurve(context, node, $"a fragility curve of {item.What}");
            if (curve is null)
            {
                ok = false;
                continue;
            }

            if (!seen.TryAdd(curve.Element, node))
            {
                context.Error(DiagnosticCodes.Conflict, node,
                    $"{item.What} has two fragility curves for {curve.Element} (first at line {seen[curve.Element].Location.Line}); keep one.");
                ok = false;
                continue;
            }

            fragility.Add(curve);
        }

        var surges = new List<DemandSurge>();
        foreach (var node in context.List(item.Optional("demand_surge"), item.Of("demand_surge")))
        {
            var surge = ReadSurge(context, catalog, node, $"a demand surge of {item.What}");
            ok &= surge is not null;
            if (surge is not null)
            {
                surges.Add(surge);
            }
        }

        var displacementNode = item.Optional("displacement");
        var displacement = ReadDisplacement(context, displacementNode, item.Of("displacement"));
        ok &= displacementNode is null || displacement is not null;
        var loading = item.Optional("loading_factor") is { } l ? context.Factor(l, item.Of("loading_factor")) : Fraction.All;
        var distribution = item.Optional("distribution_factor") is { } d ? context.Factor(d, item.Of("distribution_factor")) : Fraction.All;
        if (!ok || loading is null || distribution is null)
        {
            return null;
        }

        return new HazardEffects(fragility, surges, displacement, loading.Value, distribution.Value);
    }

    private static FragilityCurve? ReadCurve(ReadContext context, YamlNode node, string what)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var element = context.Option(map.Required("element"), map.Of("element"), Options.Elements);
        var median = context.Positive(map.Required("median"), map.Of("median"));
        var beta = context.Positive(map.Required("beta"), map.Of("beta"));
        var damageNode = map.Optional("damage");
        var slowdownNode = map.Optional("slowdown");
        var stockLossNode = map.Optional("stock_loss");
        var throughputLossNode = map.Optional("throughput_loss");
        var damage = damageNode is null ? LinkDamage.Closed : context.Option(damageNode, map.Of("damage"), Options.Damages);
        var slowdown = slowdownNode is null ? 2.0 : context.InRange(slowdownNode, map.Of("slowdown"), 1, 100);
        var stockLoss = stockLossNode is null ? Fraction.None : context.Fraction(stockLossNode, map.Of("stock_loss"));
        var throughputLoss = throughputLossNode is null ? new Fraction(0.5) : context.Fraction(throughputLossNode, map.Of("throughput_loss"));
        map.Finish();
        if (element is not { } kind)
        {
            return null;
        }

        var isLink = LinkElements.Contains(kind);
        YamlNode? misplaced = null;
        if (damageNode is not null && !isLink)
        {
            misplaced = damageNode;
        }
        else if (slowdownNode is not null && (!isLink || damage != LinkDamage.Degraded))
        {
            misplaced = slowdownNode;
        }
        else if (kind != ElementKind.Depot)
        {
            misplaced = stockLossNode ?? throughputLossNode;
        }

        if (misplaced is not null)
        {
            context.Error(DiagnosticCodes.Conflict, misplaced,
                $"{what}: 'damage' applies only to links, 'slowdown' only to degraded links, 'stock_loss' and 'throughput_loss' only to depots.");
            return null;
        }

        return median is null || beta is null || damage is null || slowdown is null || stockLoss is null || throughputLoss is null
            ? null
            : new FragilityCurve(kind, median.Value, beta.Value, damage.Value, slowdown.Value, stockLoss.Value, throughputLoss.Value);
    }

    private static DemandSurge? ReadSurge(ReadContext context, Catalog catalog, YamlNode node, string what)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var commodity = context.Reference(map.Required("commodity"), map.Of("commodity"), catalog.Commodities);
        var multiplier = context.Positive(map.Required("multiplier"), map.Of("multiplier"));
        var duration = context.Duration(map.Required("duration"), map.Of("duration"));
        map.Finish();
        return commodity is null || multiplier is null || duration is null
            ? null
            : new DemandSurge(new CommodityId(commodity), multiplier.Value, duration.Value);
    }

    private static Displacement? ReadDisplacement(ReadContext context, YamlNode? node, string what)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var share = context.Fraction(map.Required("share"), map.Of("share"));
        var back = context.Duration(map.Required("return_after"), map.Of("return_after"));
        map.Finish();
        return share is null || back is null ? null : new Displacement(share.Value, back.Value);
    }
}
