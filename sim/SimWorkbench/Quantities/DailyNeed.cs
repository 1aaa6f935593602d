using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>
/// The minimum quantity of a commodity one person needs each day, held in commodity units per
/// person per day. Written as <c>15 L/person/d</c> (Sphere's minimum for water) or by mass
/// (<c>0.55 kg/person/d</c>). Never negative.
/// </summary>
public readonly record struct DailyNeed
{
    /// <summary>Creates a need of <paramref name="unitsPerPersonPerDay"/>; throws if negative or not finite.</summary>
    /// <param name="unitsPerPersonPerDay">Commodity units per person per day.</param>
    public DailyNeed(double unitsPerPersonPerDay) =>
        UnitsPerPersonPerDay = Preconditions.NonNegative(unitsPerPersonPerDay, nameof(unitsPerPersonPerDay));

    /// <summary>Commodity units per person per day.</summary>
    public double UnitsPerPersonPerDay { get; }

    /// <summary>The need as a number of units per person per day; the unit belongs to the commodity.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{UnitsPerPersonPerDay:G}/person/d");
}
