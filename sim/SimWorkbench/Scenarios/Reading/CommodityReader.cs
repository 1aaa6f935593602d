using SimWorkbench.Commodities;
using SimWorkbench.Metrics;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads <c>commodities:</c> items.</summary>
internal static class CommodityReader
{
    private static readonly string[] MassUnits = ["kg", "t", "g"];

    public static Commodity? Read(MapReader item, string? id, Catalog catalog)
    {
        var context = item.Context;
        item.Optional("id");
        var name = item.Optional("name") is { } n ? context.Text(n, item.Of("name")) : id;
        var unitNode = item.Required("unit");
        var unit = context.Text(unitNode, item.Of("unit"));
        if (unit is not null && (unit.Length is 0 or > 16 || !unit.All(char.IsAsciiLetter)))
        {
            context.Error(DiagnosticCodes.WrongType, unitNode!, $"{item.Of("unit")} should be one word of letters, like L, ration or kit, not '{unit}'.");
            unit = null;
        }
        else if (unit is not null && MassUnits.Contains(unit, StringComparer.Ordinal))
        {
            context.Error(DiagnosticCodes.Conflict, unitNode!,
                $"{item.Of("unit")} cannot be the mass unit '{unit}': count the commodity in its own unit (L, ration, kit); amounts may still be written by mass.");
            unit = null;
        }

        var mass = context.Mass(item.Required("mass_per_unit"), item.Of("mass_per_unit"));
        var needNode = item.Required("need");
        var unitCostNode = item.Optional("unit_cost");
        DailyNeed? need = null;
        double? unitCost = 0;
        if (unit is not null && mass is not null && id is not null)
        {
            var units = new CommodityUnits(new Commodity(new(id), name ?? id, unit, mass.Value, default));
            need = context.Quantity(needNode, item.Of("need"), units.Needs, allowZero: true) is { } v ? new DailyNeed(v) : null;
            if (unitCostNode is not null)
            {
                unitCost = context.Quantity(unitCostNode, item.Of("unit_cost"), units.Costs(catalog.Currency), allowZero: true);
            }
        }

        var holding = item.Optional("holding_cost") is { } h ? context.TimeRate(h, item.Of("holding_cost"), allowZero: true) : default(TimeRate);
        var deprivation = item.Optional("deprivation_cost") is { } d
            ? DeprivationCostReader.Read(context, d, item.Of("deprivation_cost"))
            : DeprivationCostFunction.HolguinVerasWater;
        item.Finish();
        if (id is null || name is null || unit is null || mass is null || need is null || unitCost is null || holding is null || deprivation is null)
        {
            return null;
        }

        var commodity = new Commodity(new(id), name, unit, mass.Value, need.Value)
        {
            UnitCost = new UnitCost(unitCost.Value),
            HoldingCost = holding.Value,
            DeprivationCost = deprivation,
        };
        catalog.CommodityById[id] = (commodity, new CommodityUnits(commodity));
        return commodity;
    }
}
