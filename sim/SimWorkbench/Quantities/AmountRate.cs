using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>
/// A flow of one commodity over time, held in commodity units per day: a supplier's
/// replenishment rate. Written as <c>2000000 L/d</c>, <c>5000 ration/h</c> or by mass (<c>300 t/d</c>).
/// Never negative.
/// </summary>
public readonly record struct AmountRate
{
    /// <summary>Creates a rate of <paramref name="unitsPerDay"/> commodity units per day; throws if negative or not finite.</summary>
    /// <param name="unitsPerDay">The rate in commodity units per day.</param>
    public AmountRate(double unitsPerDay) => UnitsPerDay = Preconditions.NonNegative(unitsPerDay, nameof(unitsPerDay));

    /// <summary>The rate in commodity units per day.</summary>
    public double UnitsPerDay { get; }

    /// <summary>The rate as a number of units per day; the unit belongs to the commodity.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{UnitsPerDay:G}/d");
}
