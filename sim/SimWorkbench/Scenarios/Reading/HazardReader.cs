using SimWorkbench.Hazards;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads <c>hazards:</c> items.</summary>
internal static class HazardReader
{
    public static Hazard? Read(MapReader item, string? id, Catalog catalog)
    {
        var context = item.Context;
        item.Optional("id");
        var kind = context.Option(item.Required("kind"), item.Of("kind"), Options.HazardKinds);
        var onset = context.Duration(item.Required("onset"), item.Of("onset"), allowZero: true);
        var warning = item.Optional("warning") is { } w ? context.Duration(w, item.Of("warning"), allowZero: true) : Duration.Zero;
        var duration = item.Optional("duration") is { } d ? context.Duration(d, item.Of("duration"), allowZero: true) : Duration.Zero;
        var intensity = Intensity(context, item.Required("intensity"), item.Of("intensity"), kind);
        var footprint = Footprint(item, catalog);
        var effects = HazardEffectsReader.Read(item, catalog);
        item.Finish();
        return id is null || kind is null || onset is null || warning is null || duration is null || intensity is null || footprint is null || effects is null
            ? null
            : new Hazard(new HazardId(id), kind.Value, onset.Value, warning.Value, duration.Value, intensity.Value, footprint, effects);
    }

    /// <summary>An intensity above zero and within what the kind's measure can physically reach.</summary>
    public static double? Intensity(ReadContext context, YamlNode? node, string what, HazardKind? kind)
    {
        if (context.Positive(node, what) is not { } value || kind is not { } k)
        {
            return null;
        }

        var (max, measure) = IntensityScale.Of(k);
        if (value > max)
        {
            context.Error(DiagnosticCodes.OutOfRange, node!, $"{what} is {measure} for this kind and must be at most {ReadContext.Format(max)}, not {ReadContext.Format(value)}.");
            return null;
        }

        return value;
    }

    private static HazardFootprint? Footprint(MapReader item, Catalog catalog)
    {
        var context = item.Context;
        var epicentreNode = item.Optional("epicentre");
        var targetsNode = item.Optional("targets");
        var radiusNode = item.Optional("radius");
        var attenuationNode = item.Optional("attenuation");
        var epicentre = LocationReader.Read(context, epicentreNode, item.Of("epicentre"));
        var targets = targetsNode is null ? null : TargetsReader.Read(context, catalog, targetsNode, item.What);
        var radius = context.Distance(radiusNode, item.Of("radius"));
        var attenuation = context.Distance(attenuationNode, item.Of("attenuation"));
        switch (epicentreNode, targetsNode)
        {
            case (not null, not null):
                context.Error(DiagnosticCodes.Conflict, targetsNode, $"{item.What} has both 'epicentre' and 'targets'; give one.");
                return null;
            case (null, null):
                context.Bag.Error(DiagnosticCodes.MissingKey, item.Map.Location, $"{item.What} needs 'epicentre' (with 'radius') or 'targets'.");
                return null;
            case (not null, null) when radiusNode is null:
                context.Bag.Error(DiagnosticCodes.MissingKey, item.Map.Location, $"{item.What} has an epicentre and so needs 'radius'.");
                return null;
            case (null, not null) when (radiusNode ?? attenuationNode) is { } stray:
                context.Error(DiagnosticCodes.Conflict, stray, $"{item.What} strikes named targets; 'radius' and 'attenuation' apply only with an epicentre.");
                return null;
            case (not null, null):
                return epicentre is null || radius is null || (attenuationNode is not null && attenuation is null)
                    ? null
                    : new EpicentreFootprint(epicentre, radius.Value, attenuation);
            default:
                return targets is null ? null : new TargetFootprint(targets);
        }
    }
}
