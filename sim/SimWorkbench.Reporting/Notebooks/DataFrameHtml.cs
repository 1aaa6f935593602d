using System.Globalization;
using Microsoft.Data.Analysis;

namespace SimWorkbench.Reporting.Notebooks;

/// <summary>A DataFrame as a notebook shows it: its first rows as a table, numbers as <see cref="HtmlTable.Number"/> writes them.</summary>
internal static class DataFrameHtml
{
    /// <summary>Rows shown; the rest are counted below the table.</summary>
    public const int MaxRows = 40;

    public static string Of(DataFrame frame)
    {
        var shown = (int)Math.Min(frame.Rows.Count, MaxRows);
        var rows = new List<IEnumerable<string>>(shown);
        for (var r = 0; r < shown; r++)
        {
            rows.Add(frame.Columns.Select(column => Cell(column[r])).ToList());
        }

        var html = new HtmlTable().Table(frame.Columns.Select(c => c.Name), rows);
        if (frame.Rows.Count > shown)
        {
            html.Note($"… {frame.Rows.Count - shown:N0} more rows ({frame.Rows.Count:N0} × {frame.Columns.Count} in all).");
        }

        return html.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "—",
        double number => HtmlTable.Number(number),
        float number => HtmlTable.Number(number),
        bool flag => flag ? "yes" : "no",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
