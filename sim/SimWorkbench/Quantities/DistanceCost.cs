using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>
/// What a vehicle costs to run per kilometre driven (fuel, wear, crew paid by distance), in the
/// scenario's <see cref="Currency"/> per km. Written as <c>1.8 USD/km</c>. Never negative; 0 when not given.
/// </summary>
public readonly record struct DistanceCost
{
    /// <summary>Creates a cost per kilometre; throws if negative or not finite.</summary>
    /// <param name="perKilometre">Currency per vehicle-kilometre.</param>
    public DistanceCost(double perKilometre) => PerKilometre = Preconditions.NonNegative(perKilometre, nameof(perKilometre));

    /// <summary>Currency per vehicle-kilometre.</summary>
    public double PerKilometre { get; }

    /// <summary>The number per km, e.g. <c>1.8/km</c>; the currency belongs to the scenario.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PerKilometre:G}/km");
}
