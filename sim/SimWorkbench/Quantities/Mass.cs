using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>A mass, held in kilograms. Written as <c>12 kg</c> or <c>10 t</c> (tonnes). Never negative.</summary>
public readonly record struct Mass
{
    /// <summary>Creates a mass of <paramref name="kilograms"/> kg; throws if negative or not finite.</summary>
    /// <param name="kilograms">The mass in kilograms.</param>
    public Mass(double kilograms) => Kilograms = Preconditions.NonNegative(kilograms, nameof(kilograms));

    /// <summary>The mass in kilograms.</summary>
    public double Kilograms { get; }

    /// <summary>The mass in tonnes (1,000 kg).</summary>
    public double Tonnes => Kilograms / 1000;

    /// <summary>The mass as a scenario would write it, e.g. <c>10 t</c> or <c>0.55 kg</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kilograms >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{Tonnes:G} t")
        : string.Create(CultureInfo.InvariantCulture, $"{Kilograms:G} kg");
}
