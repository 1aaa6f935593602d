using SimWorkbench.Metrics;
using SimWorkbench.Quantities;

namespace SimWorkbench.Commodities;

/// <summary>A kind of supply: water, food, medical kits.</summary>
/// <param name="Id">The commodity's id, e.g. <c>water</c>.</param>
/// <param name="Name">A display name.</param>
/// <param name="Unit">The unit amounts of it are counted in, e.g. <c>L</c>, <c>ration</c>, <c>kit</c>.</param>
/// <param name="MassPerUnit">The mass of one unit, packed for transport: what loading and payloads count.</param>
/// <param name="Need">The default minimum daily need per person while a city depends on emergency supply; a city may override it.</param>
public sealed record Commodity(CommodityId Id, string Name, string Unit, Mass MassPerUnit, DailyNeed Need)
{
    /// <summary>What one unit costs to buy, in the scenario's currency; 0 when the scenario gives no price.</summary>
    public UnitCost UnitCost { get; init; }

    /// <summary>What holding it costs, as a fraction of its value per unit of time (e.g. 0.2 per year); 0 when not given.</summary>
    public TimeRate HoldingCost { get; init; }

    /// <summary>The cost per person of going without its minimum, in the scenario's currency; Holguín-Veras et al.'s water function when not given.</summary>
    public DeprivationCostFunction DeprivationCost { get; init; } = DeprivationCostFunction.HolguinVerasWater;
}
