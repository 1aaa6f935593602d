using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>
/// A quantity of one commodity, held in that commodity's own unit (litres of water, rations,
/// kits). Written in the commodity's unit (<c>20000 L</c>, <c>1200 kit</c>) or by mass
/// (<c>500 t</c>), which the loader converts with the commodity's mass per unit. Never negative.
/// </summary>
public readonly record struct Amount
{
    /// <summary>Creates an amount of <paramref name="units"/> commodity units; throws if negative or not finite.</summary>
    /// <param name="units">The amount in the commodity's unit.</param>
    public Amount(double units) => Units = Preconditions.NonNegative(units, nameof(units));

    /// <summary>The amount in the commodity's unit.</summary>
    public double Units { get; }

    /// <summary>Adds two amounts of the same commodity.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other amount.</param>
    /// <returns>The sum.</returns>
    public static Amount operator +(Amount left, Amount right) => new(left.Units + right.Units);

    /// <summary>Adds two amounts of the same commodity.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other amount.</param>
    /// <returns>The sum.</returns>
    public static Amount Add(Amount left, Amount right) => left + right;

    /// <summary>The number of units, e.g. <c>20000</c>; the unit belongs to the commodity.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Units.ToString("G", CultureInfo.InvariantCulture);
}
