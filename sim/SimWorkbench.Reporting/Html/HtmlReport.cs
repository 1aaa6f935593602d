using System.Net;
using System.Text;
using Plotly.NET;

namespace SimWorkbench.Reporting.Html;

/// <summary>
/// A self-contained HTML report: a title, a short summary, and sections of text, tables and
/// Plotly.NET charts, with plotly.js embedded once in the head so that the file opens offline.
/// </summary>
public sealed class HtmlReport
{
    private readonly List<string> _summary = [];
    private readonly List<string> _body = [];
    private int _charts;

    /// <summary>Starts a report.</summary>
    /// <param name="title">The report's title, shown at the top and in the browser tab.</param>
    public HtmlReport(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    /// <summary>The report's title.</summary>
    public string Title { get; }

    /// <summary>Adds a line to the summary at the top (plain text; it is escaped).</summary>
    /// <param name="line">One finding, e.g. which strategy did better on which metric.</param>
    /// <returns>This report.</returns>
    public HtmlReport AddSummary(string line)
    {
        _summary.Add(Escape(line));
        return this;
    }

    /// <summary>Starts a section with a heading and an optional explanation of how to read it.</summary>
    /// <param name="heading">The heading.</param>
    /// <param name="explanation">Plain text under the heading, or null.</param>
    /// <returns>This report.</returns>
    public HtmlReport AddSection(string heading, string? explanation = null)
    {
        _body.Add($"<h2>{Escape(heading)}</h2>");
        if (!string.IsNullOrWhiteSpace(explanation))
        {
            _body.Add($"<p>{Escape(explanation)}</p>");
        }

        return this;
    }

    /// <summary>Adds a chart; its data goes inline, plotly.js comes from the head.</summary>
    /// <param name="chart">A Plotly.NET chart.</param>
    /// <param name="id">The id of the chart's element (letters, digits, '-'), or null for none.</param>
    /// <returns>This report.</returns>
    public HtmlReport AddChart(GenericChart chart, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (id is not null && (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new ArgumentException($"'{id}' is not a chart id: use letters, digits and '-'.", nameof(id));
        }

        _charts++;
        var attribute = id is null ? string.Empty : $" id=\"{id}\"";

        // "</" inside the chart's JSON (a name in the scenario) would end its script element early.
        var html = GenericChart.toChartHTML(chart);
        _body.Add($"<div class=\"chart\"{attribute}>{ScriptSafe(html)}</div>");
        return this;
    }

    /// <summary>Adds a table (cells are plain text; they are escaped).</summary>
    /// <param name="header">The column headings.</param>
    /// <param name="rows">The rows, each as many cells as headings.</param>
    /// <returns>This report.</returns>
    public HtmlReport AddTable(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var cell in header)
        {
            html.Append("<th>").Append(Escape(cell)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"A row has {row.Count} cells for {header.Count} headings.", nameof(rows));
            }

            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(Escape(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        _body.Add(html.Append("</tbody></table>").ToString());
        return this;
    }

    /// <summary>The number of charts added.</summary>
    public int ChartCount => _charts;

    /// <summary>The whole document.</summary>
    /// <returns>HTML that needs no network to display.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(Escape(Title)).Append("</title>")
            .Append("<style>").Append(Style).Append("</style>")
            .Append("<script>").Append(PlotlyScript.Code).Append("</script>")
            .Append("</head><body><h1>").Append(Escape(Title)).Append("</h1>");
        if (_summary.Count > 0)
        {
            html.Append("<ul class=\"summary\">");
            foreach (var line in _summary)
            {
                html.Append("<li>").Append(line).Append("</li>");
            }

            html.Append("</ul>");
        }

        foreach (var part in _body)
        {
            html.Append(part).Append('\n');
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Escapes "&lt;/" inside the chart's script as "&lt;\/" (the same string to JavaScript), leaving the closing tags themselves.</summary>
    private static string ScriptSafe(string html)
    {
        const string Open = "<script type=\"text/javascript\">";
        const string Close = "</script>";
        var start = html.IndexOf(Open, StringComparison.Ordinal);
        var end = html.LastIndexOf(Close, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return html;
        }

        var body = start + Open.Length;
        return string.Concat(html.AsSpan(0, body), html[body..end].Replace("</", "<\\/", StringComparison.Ordinal), html.AsSpan(end));
    }

    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}" +
        "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}" +
        "ul.summary{background:#f4f7fb;padding:1em 2em;border-radius:6px}" +
        "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:right}" +
        "th:first-child,td:first-child{text-align:left}.chart{margin:1em 0}";
}
