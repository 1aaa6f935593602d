using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>A share or a probability: a number in [0, 1]. Written as a plain number, e.g. <c>0.25</c>.</summary>
public readonly record struct Fraction
{
    /// <summary>Creates a fraction; throws unless <paramref name="value"/> lies in [0, 1].</summary>
    /// <param name="value">The share, from 0 (none) to 1 (all).</param>
    public Fraction(double value) => Value = Preconditions.InRange(value, 0, 1, nameof(value));

    /// <summary>The share, from 0 (none) to 1 (all).</summary>
    public double Value { get; }

    /// <summary>None: 0.</summary>
    public static Fraction None => default;

    /// <summary>All: 1.</summary>
    public static Fraction All => new(1);

    /// <summary>The number, e.g. <c>0.25</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("G", CultureInfo.InvariantCulture);
}
