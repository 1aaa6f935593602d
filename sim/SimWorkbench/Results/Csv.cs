using System.Globalization;

namespace SimWorkbench.Results;

/// <summary>CSV text as the results files write it: invariant culture, '.' decimals, round-trip precision, "\n" line ends.</summary>
internal static class Csv
{
    /// <summary>A number in its shortest round-trip form; empty for null and NaN (n = 1 has no interval).</summary>
    public static string Number(double? value) =>
        value is { } v && !double.IsNaN(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A whole number.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text field, quoted when it holds a comma, a quote or a line break.</summary>
    public static string Text(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Writes one row.</summary>
    public static void Row(TextWriter writer, params string[] fields)
    {
        writer.Write(string.Join(',', fields));
        writer.Write('\n');
    }
}
