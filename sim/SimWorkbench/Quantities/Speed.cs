using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>A travel speed, held in kilometres per hour. Written as <c>60 km/h</c>. Never negative.</summary>
public readonly record struct Speed
{
    /// <summary>Creates a speed of <paramref name="kilometresPerHour"/> km/h; throws if negative or not finite.</summary>
    /// <param name="kilometresPerHour">The speed in km/h.</param>
    public Speed(double kilometresPerHour) => KilometresPerHour = Preconditions.NonNegative(kilometresPerHour, nameof(kilometresPerHour));

    /// <summary>The speed in kilometres per hour.</summary>
    public double KilometresPerHour { get; }

    /// <summary>The speed as a scenario would write it, e.g. <c>60 km/h</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{KilometresPerHour:G} km/h");
}
