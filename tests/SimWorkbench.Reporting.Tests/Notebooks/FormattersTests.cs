using Microsoft.DotNet.Interactive.Formatting;
using SimWorkbench.Reporting.Charts;
using SimWorkbench.Reporting.Frames;
using SimWorkbench.Reporting.Html;
using SimWorkbench.Reporting.Notebooks;

namespace SimWorkbench.Reporting.Tests.Notebooks;

public sealed class FormattersTests
{
    public FormattersTests() => Formatters.Register();

    [Fact]
    public void A_scenario_displays_as_tables_with_what_starts_damaged()
    {
        var html = Formatter.ToDisplayString(SmallComparison.RoadClosed, Formatters.MimeType);

        html.ShouldContain("<h4>Road closed</h4>");
        html.ShouldContain("<th>link damaged at the start</th>");
        html.ShouldContain("<td>road</td>");
        html.ShouldContain("<td>local depots (1)</td>");
    }

    [Fact]
    public void A_comparison_displays_its_headline_metrics_per_strategy()
    {
        var html = Formatter.ToDisplayString(SmallComparison.Result, Formatters.MimeType);

        html.ShouldContain("<th>centralised</th>");
        html.ShouldContain("<th>distributed</th>");
        html.ShouldContain("<td>water.fill_rate</td>");
        html.ShouldContain("3 replications");
    }

    [Fact]
    public void A_what_if_displays_each_change_with_its_verdict()
    {
        var html = Formatter.ToDisplayString(SmallComparison.WhatIf, Formatters.MimeType);

        html.ShouldContain("What if: Road closed (against Parity)");
        html.ShouldContain("<td class=\"best\">worse</td>");
    }

    [Fact]
    public void A_data_frame_displays_as_a_table_of_its_first_rows()
    {
        var frame = SmallComparison.Result.SummaryFrame(); // 24 metrics × 2 strategies = 48 rows, 14 columns

        var html = Formatter.ToDisplayString(frame, Formatters.MimeType);

        html.ShouldContain("<th>ci_lower</th>");
        html.Split("<tr>").Length.ShouldBe(1 + 1 + 40); // before the first row, the header, the first 40 rows
        System.Net.WebUtility.HtmlDecode(html).ShouldContain("… 8 more rows (48 × 14 in all).");
        var small = Formatter.ToDisplayString(SmallComparison.Result.ReplicationFrame(), Formatters.MimeType); // 6 rows
        small.Split("<tr>").Length.ShouldBe(1 + 1 + 6);
        small.ShouldNotContain("more rows");
    }

    [Fact]
    public void A_chart_displays_with_plotly_embedded()
    {
        var html = Formatter.ToDisplayString(SmallComparison.WhatIf.CityChangeChart("water"), Formatters.MimeType);

        html.ShouldContain(PlotlyScript.Code);
        html.ShouldContain("\"name\":\"centralised\"");
    }
}
