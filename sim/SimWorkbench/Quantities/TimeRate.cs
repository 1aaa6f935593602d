using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>
/// A relative rate over time, held per hour: a holding cost as a fraction of value per year
/// (<c>0.2/yr</c>) or the growth rate of a deprivation cost (<c>0.1172/h</c>). Written with
/// <c>/h</c>, <c>/d</c> (24 h), <c>/w</c> (7 d) or <c>/yr</c> (365 d = 8,760 h). Never negative.
/// </summary>
public readonly record struct TimeRate
{
    /// <summary>Hours in the year of <c>/yr</c>: 365 days.</summary>
    public const double HoursPerYear = 8760;

    /// <summary>Creates a rate of <paramref name="perHour"/> per hour; throws if negative or not finite.</summary>
    /// <param name="perHour">The rate per hour.</param>
    public TimeRate(double perHour) => PerHour = Preconditions.NonNegative(perHour, nameof(perHour));

    /// <summary>The rate per hour.</summary>
    public double PerHour { get; }

    /// <summary>The rate per year of 365 days.</summary>
    public double PerYear => PerHour * HoursPerYear;

    /// <summary>The rate per hour, e.g. <c>0.1172/h</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PerHour:G}/h");
}
