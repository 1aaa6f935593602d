using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>
/// What one unit of a commodity costs to buy, in the scenario's <see cref="Currency"/> per commodity
/// unit. Written as <c>0.4 USD/L</c>, <c>1.2 USD/ration</c> or by mass (<c>400 USD/t</c>), which the
/// loader converts with the commodity's mass per unit. Never negative; 0 when not given.
/// </summary>
public readonly record struct UnitCost
{
    /// <summary>Creates a unit cost; throws if negative or not finite.</summary>
    /// <param name="perUnit">Currency per commodity unit.</param>
    public UnitCost(double perUnit) => PerUnit = Preconditions.NonNegative(perUnit, nameof(perUnit));

    /// <summary>Currency per commodity unit.</summary>
    public double PerUnit { get; }

    /// <summary>The number, e.g. <c>0.4</c>; currency and unit belong to the scenario and the commodity.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => PerUnit.ToString("G", CultureInfo.InvariantCulture);
}
