using System.Globalization;
using SimWorkbench.Quantities;

namespace SimWorkbench.Sweeps;

/// <summary>
/// One value of the base scenario that a sweep varies: its path and either a list of values (as
/// written, or expanded from a range) or a distribution. Values are scenario text (<c>40</c>,
/// <c>12 h</c>, <c>0.7</c>) and are validated by the scenario reader exactly as in a scenario file.
/// </summary>
/// <param name="Path">The dotted path in the scenario, e.g. <c>fleets.national-trucks.vehicles</c>.</param>
/// <param name="Values">The values to take, in order; null when drawn from <paramref name="Distribution"/>.</param>
/// <param name="Distribution">The distribution to draw from; null when <paramref name="Values"/> are given.</param>
public sealed record SweepParameter(string Path, IReadOnlyList<string>? Values, SweepDistribution? Distribution)
{
    /// <summary>Whether every value is a plain number (stored as a number; otherwise as text).</summary>
    public bool IsNumeric => Values?.All(v => Number(v) is not null) ?? Distribution!.Unit.Length == 0;

    /// <summary>A value as a plain number, or null when it carries a unit or is not a number.</summary>
    /// <param name="text">The value's text.</param>
    /// <returns>The number, or null.</returns>
    public static double? Number(string text) =>
        QuantityText.TrySplit(text ?? string.Empty, out var number, out var unit) && unit.Length == 0 ? number : null;

    internal static string Format(double value, string unit)
    {
        var number = value.ToString("R", CultureInfo.InvariantCulture);
        return unit.Length == 0 ? number : number + " " + unit;
    }
}
