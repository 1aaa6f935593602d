using SimWorkbench.Commodities;
using SimWorkbench.Quantities;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>
/// The units one commodity's quantities accept: its own unit, or mass converted through its
/// mass per unit (so <c>500 t</c> of water at 1 kg/L is 500,000 L).
/// </summary>
internal sealed class CommodityUnits
{
    private readonly Commodity commodity;

    public CommodityUnits(Commodity commodity)
    {
        this.commodity = commodity;
        var unit = commodity.Unit;
        var perKg = 1 / commodity.MassPerUnit.Kilograms;
        Amounts = new UnitTable($"{commodity.Id} amount", $"20000 {unit}", (unit, 1), ("kg", perKg), ("t", 1000 * perKg));
        Rates = new UnitTable($"{commodity.Id} rate", $"5000 {unit}/d",
            ($"{unit}/d", 1), ($"{unit}/h", 24), ("kg/d", perKg), ("t/d", 1000 * perKg), ("t/h", 24_000 * perKg));
        Needs = new UnitTable($"{commodity.Id} need per person", $"2 {unit}/person/d",
            ($"{unit}/person/d", 1), ("kg/person/d", perKg), ("g/person/d", perKg / 1000));
    }

    public UnitTable Amounts { get; }

    /// <summary>Prices in one currency: per unit, or by mass (<c>400 USD/t</c> of a 0.55 kg ration is 0.22 USD/ration).</summary>
    public UnitTable Costs(Currency currency)
    {
        var code = currency.Code;
        var kg = commodity.MassPerUnit.Kilograms;
        return new UnitTable($"{commodity.Id} unit cost", $"0.4 {code}/{commodity.Unit}", ($"{code}/{commodity.Unit}", 1), ($"{code}/kg", kg), ($"{code}/t", kg / 1000));
    }

    public UnitTable Rates { get; }

    public UnitTable Needs { get; }
}
