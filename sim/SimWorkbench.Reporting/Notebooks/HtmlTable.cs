using System.Globalization;
using System.Net;
using System.Text;

namespace SimWorkbench.Reporting.Notebooks;

/// <summary>The small HTML pieces the notebook formatters are made of: headings, notes and tables, every text encoded.</summary>
internal sealed class HtmlTable
{
    /// <summary>Compact, readable tables in a notebook's light or dark theme (inherits its colours).</summary>
    private const string Style =
        "<style>table.simwb{border-collapse:collapse;margin:0.3em 0 0.8em 0;font-size:0.9em}"
        + "table.simwb th,table.simwb td{border-bottom:1px solid rgba(128,128,128,0.35);padding:2px 10px;text-align:right}"
        + "table.simwb th:first-child,table.simwb td:first-child{text-align:left}"
        + "table.simwb td.best{font-weight:bold}</style>";

    private readonly StringBuilder _html = new();

    public HtmlTable() => _html.Append("<div class=\"simwb\">").Append(Style);

    public HtmlTable Heading(string text)
    {
        _html.Append("<h4>").Append(Encode(text)).Append("</h4>");
        return this;
    }

    public HtmlTable Note(string text)
    {
        _html.Append("<p>").Append(Encode(text)).Append("</p>");
        return this;
    }

    /// <summary>A table; a cell whose text starts with <see cref="Best"/> is shown bold without the mark.</summary>
    public HtmlTable Table(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows)
    {
        _html.Append("<table class=\"simwb\"><thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            foreach (var cell in row)
            {
                if (cell.StartsWith(Best, StringComparison.Ordinal))
                {
                    _html.Append("<td class=\"best\">").Append(Encode(cell[Best.Length..])).Append("</td>");
                }
                else
                {
                    _html.Append("<td>").Append(Encode(cell)).Append("</td>");
                }
            }

            _html.Append("</tr>");
        }

        _html.Append("</tbody></table>");
        return this;
    }

    public override string ToString() => _html.ToString() + "</div>";

    /// <summary>Marks a cell as the better value (shown bold).</summary>
    public const string Best = "\u0001";

    /// <summary>A number as a table shows it: thousands separated from 1,000 to a trillion, else four significant digits; a dash for none.</summary>
    public static string Number(double? value) => value switch
    {
        null => "—",
        { } v when double.IsNaN(v) => "—",
        { } v when Math.Abs(v) >= 1000 && Math.Abs(v) < 1e12 => v.ToString("N0", CultureInfo.InvariantCulture),
        { } v => v.ToString("G4", CultureInfo.InvariantCulture),
    };

    /// <summary>A mean with its confidence interval, <c>mean [lower, upper]</c>.</summary>
    public static string Interval(double? mean, double? lower, double? upper) =>
        mean is null ? "—" : lower is { } l && upper is { } u && !double.IsNaN(l) ? $"{Number(mean)} [{Number(l)}, {Number(u)}]" : Number(mean);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
