using System.Globalization;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>
/// Turns YAML nodes into typed values, reporting what is wrong with each at its position.
/// Every method takes a possibly missing node (already reported by <see cref="MapReader.Required"/>)
/// and returns null, without a second message, when there is nothing to read.
/// </summary>
internal sealed class ReadContext(DiagnosticBag bag)
{
    private const int MaxIdLength = 64;

    public DiagnosticBag Bag { get; } = bag;

    public void Error(string code, YamlNode node, string message) => Bag.Error(code, node.Location, message);

    public MapReader? Map(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlMap map:
                return new MapReader(this, map, what);
            default:
                Error(DiagnosticCodes.WrongType, node, $"{what} should be a mapping of keys to values, not {node.Describe()}.");
                return null;
        }
    }

    /// <summary>The items of a list; an absent list is empty.</summary>
    public IReadOnlyList<YamlNode> List(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlList list:
                return list.Items;
            default:
                Error(DiagnosticCodes.WrongType, node, $"{what} should be a list (lines starting with '- '), not {node.Describe()}.");
                return [];
        }
    }

    public string? Text(YamlNode? node, string what) => Scalar(node, what, "text")?.Value;

    /// <summary>An id: 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit.</summary>
    public string? Id(YamlNode? node, string what)
    {
        if (Scalar(node, what, "an id") is not { } scalar)
        {
            return null;
        }

        var id = scalar.Value;
        var valid = id.Length is > 0 and <= MaxIdLength && char.IsAsciiLetterOrDigit(id[0])
            && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        if (!valid)
        {
            Error(DiagnosticCodes.InvalidId, scalar,
                $"{what} '{Shorten(id)}' is not a valid id: use 1 to {MaxIdLength} letters, digits, '-', '_' or '.', starting with a letter or digit.");
            return null;
        }

        return id;
    }

    /// <summary>The id of an existing item of one of the given kinds, or null after an error naming the nearest id.</summary>
    public string? Reference(YamlNode? node, string what, params IdSet[] sets)
    {
        if (Scalar(node, what, "an id") is not { } scalar)
        {
            return null;
        }

        if (sets.Any(s => s.Contains(scalar.Value)))
        {
            return scalar.Value;
        }

        var kinds = string.Join(" or ", sets.Select(s => s.Kind));
        if (!Bag.IsFull)
        {
            var candidates = sets.SelectMany(s => s.Ids).ToList();
            var hint = Suggestions.Nearest(scalar.Value, candidates) switch
            {
                null => $"; there is no {kinds} at all.",
                var (near, distance) when distance <= Math.Max(2, scalar.Value.Length / 2) => $"; did you mean '{near}'?",
                var (near, _) => $"; the nearest {kinds} id is '{near}'.",
            };
            Error(DiagnosticCodes.UnknownReference, scalar, $"{what} names {kinds} '{Shorten(scalar.Value)}', which does not exist{hint}");
        }

        return null;
    }

    public double? Number(YamlNode? node, string what)
    {
        if (Scalar(node, what, "a number") is not { } scalar)
        {
            return null;
        }

        var text = scalar.Value.Trim();
        if (QuantityText.TrySplit(text, out var number, out var unit) && unit.Length == 0)
        {
            return number;
        }

        Error(DiagnosticCodes.WrongType, scalar, $"{what} should be a plain number, not {scalar.Describe()}.");
        return null;
    }

    /// <summary>A number above zero.</summary>
    public double? Positive(YamlNode? node, string what) => Number(node, what) is { } value && IsPositive(value, node!, what) ? value : null;

    /// <summary>A number in [min, max].</summary>
    public double? InRange(YamlNode? node, string what, double min, double max)
    {
        if (Number(node, what) is not { } value)
        {
            return null;
        }

        if (value < min || value > max)
        {
            Error(DiagnosticCodes.OutOfRange, node!, $"{what} must lie between {Format(min)} and {Format(max)}, not {Format(value)}.");
            return null;
        }

        return value;
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>.</summary>
    public long? Count(YamlNode? node, string what, long max)
    {
        if (Number(node, what) is not { } value)
        {
            return null;
        }

        if (value != Math.Floor(value))
        {
            Error(DiagnosticCodes.WrongType, node!, $"{what} should be a whole number, not {Format(value)}.");
            return null;
        }

        if (!IsPositive(value, node!, what))
        {
            return null;
        }

        if (value > max)
        {
            Error(DiagnosticCodes.OutOfRange, node!, $"{what} must be at most {max:N0}, not {Format(value)}.");
            return null;
        }

        return (long)value;
    }

    public ulong? Seed(YamlNode? node, string what)
    {
        if (Scalar(node, what, "a whole number") is not { } scalar)
        {
            return null;
        }

        if (ulong.TryParse(scalar.Value.Trim().Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        Error(DiagnosticCodes.WrongType, scalar, $"{what} should be a whole number from 0 to {ulong.MaxValue}, not {scalar.Describe()}.");
        return null;
    }

    public bool? Boolean(YamlNode? node, string what)
    {
        switch (Scalar(node, what, "true or false")?.Value)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(DiagnosticCodes.WrongType, node!, $"{what} should be true or false, not {node!.Describe()}.");
                return null;
        }
    }

    /// <summary>One of the words in <paramref name="options"/>, with "did you mean" otherwise.</summary>
    public T? Option<T>(YamlNode? node, string what, IReadOnlyDictionary<string, T> options)
        where T : struct
    {
        if (Scalar(node, what, "one of " + string.Join(", ", options.Keys)) is not { } scalar)
        {
            return null;
        }

        if (options.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        Error(DiagnosticCodes.UnknownOption, scalar,
            $"{what} cannot be {scalar.Describe()}{Suggestions.DidYouMean(scalar.Value, [.. options.Keys], "expected one of")}");
        return null;
    }

    /// <summary>A probability or share in [0, 1].</summary>
    public Fraction? Fraction(YamlNode? node, string what)
    {
        if (Number(node, what) is not { } value)
        {
            return null;
        }

        if (value is < 0 or > 1)
        {
            Error(DiagnosticCodes.OutOfUnitInterval, node!, $"{what} is a share or probability and must lie in [0, 1], not {Format(value)}.");
            return null;
        }

        return new Fraction(value);
    }

    /// <summary>A factor in (0, 1]: 1 leaves a rate unchanged, 0.5 halves it.</summary>
    public Fraction? Factor(YamlNode? node, string what)
    {
        if (Fraction(node, what) is not { } value)
        {
            return null;
        }

        return IsPositive(value.Value, node!, what) ? value : null;
    }

    /// <summary>A quantity with a unit from <paramref name="table"/>, in the table's canonical unit.</summary>
    public double? Quantity(YamlNode? node, string what, UnitTable table, bool allowZero)
    {
        if (Scalar(node, what, $"a {table.Quantity} like {table.Example}") is not { } scalar)
        {
            return null;
        }

        if (!QuantityText.TrySplit(scalar.Value, out var number, out var unit))
        {
            Error(DiagnosticCodes.WrongType, scalar, $"{what} should be a {table.Quantity} like {table.Example}, not {scalar.Describe()}.");
            return null;
        }

        if (unit.Length == 0)
        {
            Error(DiagnosticCodes.MissingUnit, scalar,
                $"{what} needs a unit: {scalar.Describe()} is a bare number. Accepted units: {table.Accepted} (e.g. {table.Example}).");
            return null;
        }

        if (!table.TryFactor(unit, out var factor))
        {
            var close = Suggestions.Close(unit, [.. table.Units]);
            var hint = close is null ? string.Empty : $" Did you mean '{close}'?";
            Error(DiagnosticCodes.WrongUnit, scalar,
                $"{what}: '{Shorten(unit)}' is not a {table.Quantity} unit.{hint} Accepted units: {table.Accepted} (e.g. {table.Example}).");
            return null;
        }

        var value = number * factor;
        if (!double.IsFinite(value))
        {
            Error(DiagnosticCodes.OutOfRange, scalar, $"{what} is too large.");
            return null;
        }

        if (value < 0 || (value == 0 && !allowZero))
        {
            Error(DiagnosticCodes.NotPositive, scalar,
                $"{what} must be {(allowZero ? "zero or more" : "more than zero")}, not {scalar.Describe()}.");
            return null;
        }

        return value;
    }

    public Duration? Duration(YamlNode? node, string what, bool allowZero = false) =>
        Quantity(node, what, UnitTable.Durations, allowZero) is { } hours ? new Duration(hours) : null;

    public Distance? Distance(YamlNode? node, string what) =>
        Quantity(node, what, UnitTable.Distances, allowZero: false) is { } km ? new Distance(km) : null;

    public Mass? Mass(YamlNode? node, string what) =>
        Quantity(node, what, UnitTable.Masses, allowZero: false) is { } kg ? new Mass(kg) : null;

    public Speed? Speed(YamlNode? node, string what) =>
        Quantity(node, what, UnitTable.Speeds, allowZero: false) is { } kmh ? new Speed(kmh) : null;

    public MassRate? MassRate(YamlNode? node, string what) =>
        Quantity(node, what, UnitTable.MassRates, allowZero: false) is { } tph ? new MassRate(tph) : null;

    public TimeRate? TimeRate(YamlNode? node, string what, bool allowZero) =>
        Quantity(node, what, UnitTable.TimeRates, allowZero) is { } perHour ? new TimeRate(perHour) : null;

    /// <summary>A currency code: three capital letters, like USD.</summary>
    public Currency? Currency(YamlNode? node, string what)
    {
        if (Scalar(node, what, "a currency code like USD") is not { } scalar)
        {
            return null;
        }

        if (Quantities.Currency.IsCode(scalar.Value))
        {
            return new Currency(scalar.Value);
        }

        Error(DiagnosticCodes.WrongType, scalar, $"{what} should be a three-letter currency code in capitals, like USD or EUR, not {scalar.Describe()}.");
        return null;
    }

    public static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private bool IsPositive(double value, YamlNode node, string what)
    {
        if (value > 0)
        {
            return true;
        }

        Error(DiagnosticCodes.NotPositive, node, $"{what} must be more than zero, not {Format(value)}.");
        return false;
    }

    private YamlScalar? Scalar(YamlNode? node, string what, string expected)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar { IsNull: true }:
                Error(DiagnosticCodes.WrongType, node, $"{what} has no value; expected {expected}.");
                return null;
            case YamlScalar scalar:
                return scalar;
            default:
                Error(DiagnosticCodes.WrongType, node, $"{what} should be {expected}, not {node.Describe()}.");
                return null;
        }
    }
}
