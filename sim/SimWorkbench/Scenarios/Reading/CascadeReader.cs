using SimWorkbench.Commodities;
using SimWorkbench.Hazards;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads <c>cascades:</c> items.</summary>
internal static class CascadeReader
{
    private const int MaxGenerations = 100;

    public static CascadeRule? Read(MapReader item, string? id, Catalog catalog)
    {
        var context = item.Context;
        item.Optional("id");
        var trigger = ReadTrigger(context, catalog, item.Required("trigger"), item.Of("trigger"));
        var effect = ReadEffect(context, catalog, item.Required("effect"), item.Of("effect"));
        var limitNode = item.Optional("generation_limit");
        var limit = context.Count(limitNode, item.Of("generation_limit"), MaxGenerations);
        item.Finish();
        return id is null || trigger is null || effect is null || (limitNode is not null && limit is null)
            ? null
            : new CascadeRule(new CascadeRuleId(id), trigger, effect, limit is { } l ? (int)l : null);
    }

    private static CascadeTrigger? ReadTrigger(ReadContext context, Catalog catalog, Yaml.YamlNode? node, string what)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var hazardNode = map.Optional("hazard");
        var withoutNode = map.Optional("without");
        var kind = context.Option(hazardNode, map.Of("hazard"), Options.HazardKinds);
        var minimum = map.Optional("min_intensity") is { } m ? HazardReader.Intensity(context, m, map.Of("min_intensity"), kind) : null;
        var commodity = context.Reference(withoutNode, map.Of("without"), catalog.Commodities);
        var forNode = map.Optional("for");
        var lasting = context.Duration(forNode, map.Of("for"));
        var belowNode = map.Optional("below");
        var below = belowNode is null ? new Fraction(0.5) : context.Fraction(belowNode, map.Of("below"));
        map.Finish();
        switch (hazardNode, withoutNode)
        {
            case (not null, not null):
                context.Error(DiagnosticCodes.Conflict, withoutNode, $"{what} has both 'hazard' and 'without'; a rule has one trigger.");
                return null;
            case (null, null):
                context.Bag.Error(DiagnosticCodes.MissingKey, map.Map.Location, $"{what} needs 'hazard' (with 'min_intensity') or 'without' (with 'for').");
                return null;
            case (not null, _) when map.Map.Get("min_intensity") is null:
                context.Bag.Error(DiagnosticCodes.MissingKey, map.Map.Location, $"{what} is missing required key 'min_intensity'.");
                return null;
            case (not null, _) when (forNode ?? belowNode) is { } stray:
                context.Error(DiagnosticCodes.Conflict, stray, $"{what}: 'for' and 'below' belong to a 'without' trigger, not a 'hazard' trigger.");
                return null;
            case (not null, _):
                return kind is null || minimum is null ? null : new HazardTrigger(kind.Value, minimum.Value);
            case (_, not null) when forNode is null:
                context.Bag.Error(DiagnosticCodes.MissingKey, map.Map.Location, $"{what} is missing required key 'for' (how long the shortage lasts, e.g. 72h).");
                return null;
            default:
                if (map.Map.Get("min_intensity") is { } strayMinimum)
                {
                    context.Error(DiagnosticCodes.Conflict, strayMinimum, $"{what}: 'min_intensity' belongs to a 'hazard' trigger, not a 'without' trigger.");
                    return null;
                }

                return commodity is null || lasting is null || below is null
                    ? null
                    : new ShortageTrigger(new CommodityId(commodity), below.Value, lasting.Value);
        }
    }

    private static CascadeEffect? ReadEffect(ReadContext context, Catalog catalog, Yaml.YamlNode? node, string what)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var kind = context.Option(map.Required("kind"), map.Of("kind"), Options.HazardKinds);
        var delay = map.Optional("delay") is { } d ? context.Duration(d, map.Of("delay"), allowZero: true) : Duration.Zero;
        var probability = map.Optional("probability") is { } p ? context.Fraction(p, map.Of("probability")) : Fraction.All;
        var intensity = HazardReader.Intensity(context, map.Required("intensity"), map.Of("intensity"), kind);
        var duration = map.Optional("duration") is { } t ? context.Duration(t, map.Of("duration"), allowZero: true) : Duration.Zero;
        var radiusNode = map.Optional("radius");
        var attenuationNode = map.Optional("attenuation");
        var radius = context.Distance(radiusNode, map.Of("radius"));
        var attenuation = context.Distance(attenuationNode, map.Of("attenuation"));
        var targetsNode = map.Optional("targets");
        var targets = targetsNode is null ? [] : TargetsReader.Read(context, catalog, targetsNode, what);
        var effects = HazardEffectsReader.Read(map, catalog);
        map.Finish();
        if (attenuationNode is not null && radiusNode is null)
        {
            context.Error(DiagnosticCodes.Conflict, attenuationNode, $"{what}: 'attenuation' needs a 'radius' to attenuate over.");
            return null;
        }

        var failed = (radiusNode is not null && radius is null) || (attenuationNode is not null && attenuation is null);
        return kind is null || delay is null || probability is null || intensity is null || duration is null || targets is null || effects is null || failed
            ? null
            : new CascadeEffect(kind.Value, delay.Value, probability.Value, intensity.Value, duration.Value, radius, attenuation, targets, effects);
    }
}
