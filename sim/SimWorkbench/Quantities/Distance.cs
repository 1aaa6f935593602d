using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>A length on the ground, held in kilometres. Written as <c>12 km</c> or <c>800 m</c>. Never negative.</summary>
public readonly record struct Distance
{
    /// <summary>Creates a distance of <paramref name="kilometres"/> km; throws if negative or not finite.</summary>
    /// <param name="kilometres">The length in kilometres.</param>
    public Distance(double kilometres) => Kilometres = Preconditions.NonNegative(kilometres, nameof(kilometres));

    /// <summary>The length in kilometres.</summary>
    public double Kilometres { get; }

    /// <summary>The distance as a scenario would write it, e.g. <c>12.5 km</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kilometres:G} km");
}
