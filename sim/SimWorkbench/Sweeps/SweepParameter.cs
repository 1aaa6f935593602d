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
    /// <summary>The unit tables whose units convert into each other (listed values in hours and days, say).</summary>
    private static readonly UnitTable[] Convertible =
        [UnitTable.Durations, UnitTable.Distances, UnitTable.Masses, UnitTable.Speeds, UnitTable.MassRates, UnitTable.TimeRates];

    /// <summary>
    /// The unit the parameter's values are stored in as numbers: empty for plain numbers (<c>40</c>,
    /// <c>0.7</c>); the unit of a range or distribution, or of the first listed value (<c>h</c>
    /// for <c>[6 h, 12 h, 2 d]</c>, the days converted to hours), for quantities; null for a
    /// categorical parameter (a word, or units that do not convert into each other), stored as text.
    /// </summary>
    public string? Unit { get; } = UnitOf(Values, Distribution);

    /// <summary>Whether the values are stored as numbers (in <see cref="Unit"/>) rather than as text.</summary>
    public bool IsNumeric => Unit is not null;

    /// <summary>
    /// The parameter's column in the runs table: its path, with the unit in brackets for a quantity
    /// (<c>hazards.aster-flood.warning [h]</c>), the path alone for plain numbers and text.
    /// </summary>
    public string ColumnName => Unit is { Length: > 0 } unit ? $"{Path} [{unit}]" : Path;

    /// <summary>One of its values as a number in <see cref="Unit"/>, or null for a categorical parameter.</summary>
    /// <param name="text">The value's text, e.g. <c>2 d</c>.</param>
    /// <returns>The number, e.g. 48 when the unit is hours.</returns>
    public double? NumberOf(string text) =>
        Unit is { } to && QuantityText.TrySplit(text ?? string.Empty, out var number, out var from) && Factor(from, to) is { } factor
            ? number * factor
            : null;

    internal static string Format(double value, string unit)
    {
        var number = value.ToString("R", CultureInfo.InvariantCulture);
        return unit.Length == 0 ? number : number + " " + unit;
    }

    private static string? UnitOf(IReadOnlyList<string>? values, SweepDistribution? distribution)
    {
        if (values is null)
        {
            return distribution!.Unit;
        }

        string? first = null;
        foreach (var value in values)
        {
            if (!QuantityText.TrySplit(value, out _, out var unit) || (first is not null && Factor(unit, first) is null))
            {
                return null;
            }

            first ??= unit;
        }

        return first;
    }

    /// <summary>What a number in unit <paramref name="from"/> is multiplied by to be in <paramref name="to"/>, or null when they do not convert.</summary>
    private static double? Factor(string from, string to)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return 1;
        }

        foreach (var table in Convertible)
        {
            if (table.TryFactor(from, out var fromFactor) && table.TryFactor(to, out var toFactor))
            {
                return fromFactor / toFactor;
            }
        }

        return null;
    }
}
