using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>
/// A span of simulated time, held in hours (the kernel's clock unit). Written in scenarios as
/// <c>30min</c>, <c>6h</c>, <c>2.5d</c> or <c>1w</c>. Never negative.
/// </summary>
public readonly record struct Duration
{
    /// <summary>Creates a duration of <paramref name="hours"/> hours; throws if negative or not finite.</summary>
    /// <param name="hours">The length in hours.</param>
    public Duration(double hours) => Hours = Preconditions.NonNegative(hours, nameof(hours));

    /// <summary>The zero duration.</summary>
    public static Duration Zero => default;

    /// <summary>The length in hours.</summary>
    public double Hours { get; }

    /// <summary>The length in days of 24 hours.</summary>
    public double Days => Hours / 24;

    /// <summary>A duration of <paramref name="days"/> days of 24 hours.</summary>
    /// <param name="days">The length in days.</param>
    /// <returns>The duration.</returns>
    public static Duration FromDays(double days) => new(days * 24);

    /// <summary>The duration in the largest unit that writes it without a fraction where possible, e.g. <c>72h</c> as <c>3d</c>.</summary>
    /// <returns>The duration as a scenario would write it.</returns>
    public override string ToString() =>
        Hours % 168 == 0 && Hours > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Hours / 168:G}w")
        : Hours % 24 == 0 && Hours > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Hours / 24:G}d")
        : Hours >= 1 || Hours == 0 ? string.Create(CultureInfo.InvariantCulture, $"{Hours:G}h")
        : string.Create(CultureInfo.InvariantCulture, $"{Hours * 60:G}min");
}
