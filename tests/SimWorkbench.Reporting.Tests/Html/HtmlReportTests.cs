using System.Text.RegularExpressions;
using SimWorkbench.Reporting.Html;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SimWorkbench.Reporting.Tests.Html;

public sealed partial class HtmlReportTests
{
    [Fact]
    public void A_report_embeds_plotly_once_and_fetches_nothing()
    {
        var report = new HtmlReport("Metro earthquake: centralised vs distributed")
            .AddSection("Service level")
            .AddChart(CSharpChart.Line<double, double, string>(x: [0.0, 1, 2], y: [1.0, 0.4, 0.9], Name: "centralised"))
            .AddChart(CSharpChart.Line<double, double, string>(x: [0.0, 1, 2], y: [1.0, 0.7, 0.8], Name: "distributed"));

        var html = report.ToHtml();

        Occurrences(html, PlotlyScript.Code).ShouldBe(1);
        ScriptWithSource().IsMatch(html).ShouldBeFalse();
        LinkedStylesheet().IsMatch(html).ShouldBeFalse();
        Occurrences(html, "<div class=\"chart\">").ShouldBe(2);
        report.ChartCount.ShouldBe(2);
    }

    [Fact]
    public void The_embedded_library_is_the_version_plotly_net_ships()
    {
        PlotlyScript.Version.ShouldMatch(@"^\d+\.\d+\.\d+$");
        PlotlyScript.Code.ShouldContain($"plotly.js v{PlotlyScript.Version}");
    }

    [Fact]
    public void Text_from_scenarios_is_escaped()
    {
        var html = new HtmlReport("<script>alert(1)</script>")
            .AddSummary("Centralised & distributed differ by < 5%")
            .AddTable(["city", "fill rate"], [["<b>Harbour</b>", "0.95"]])
            .ToHtml();

        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("Centralised &amp; distributed differ by &lt; 5%");
        html.ShouldContain("<td>&lt;b&gt;Harbour&lt;/b&gt;</td>");
    }

    [Fact]
    public void A_table_row_must_match_its_headings()
    {
        Should.Throw<ArgumentException>(() => new HtmlReport("r").AddTable(["a", "b"], [["only one"]]));
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"<script[^>]*\ssrc=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptWithSource();

    [GeneratedRegex(@"<link[^>]*\shref=", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedStylesheet();
}
