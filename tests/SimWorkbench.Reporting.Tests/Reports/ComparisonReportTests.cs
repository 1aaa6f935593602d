using System.Text.Json;
using System.Text.RegularExpressions;
using SimWorkbench.Reporting.Html;
using SimWorkbench.Reporting.Reports;

namespace SimWorkbench.Reporting.Tests.Reports;

public sealed partial class ComparisonReportTests(MetroComparison metro) : IClassFixture<MetroComparison>
{
    private readonly string _html = ComparisonReport.Create(metro.Result).ToHtml();

    [Fact]
    public void Every_chart_is_in_the_report_with_traces_that_carry_data()
    {
        ComparisonReport.ChartIds.Count.ShouldBe(6);
        foreach (var id in ComparisonReport.ChartIds)
        {
            var traces = Traces(_html, id);

            traces.Count.ShouldBeGreaterThan(0, id);
            traces.ShouldContain(t => Points(t) > 0, id);
        }
    }

    [Fact]
    public void Plotly_is_embedded_once_and_nothing_is_fetched()
    {
        Occurrences(_html, PlotlyScript.Code).ShouldBe(1);
        ScriptWithSource().IsMatch(_html).ShouldBeFalse();
        LinkWithReference().IsMatch(_html).ShouldBeFalse();
    }

    [Fact]
    public void The_summary_names_the_strategy_with_the_higher_mean_water_fill_rate()
    {
        // The winner from the runs themselves: mean over replications of each strategy's water fill rate.
        var result = metro.Result;
        var means = result.Runs.Select(runs => runs.Average(r => r.Overall[0].FillRate)).ToArray();
        var winner = result.Strategies[means[0] > means[1] ? 0 : 1].Value;
        var loser = result.Strategies[means[0] > means[1] ? 1 : 0].Value;

        var summary = SummaryItems(_html);

        summary.ShouldContain(line => line.StartsWith("Fill rate (water, fraction): " + winner + " did better", StringComparison.Ordinal) && line.Contains("for " + loser, StringComparison.Ordinal));
    }

    [Fact]
    public void The_network_chart_closes_the_links_the_run_logged_as_closed()
    {
        var result = metro.Result;
        var changes = result.Runs[0][0].LinkChanges;
        var closed = changes.First(c => c.State == Network.LinkState.Closed);

        // At the time of the first closure, that link is drawn in the closed trace.
        var chart = SimWorkbench.Reporting.Charts.ComparisonCharts.Network(result, atHours: [closed.TimeHours]);
        var html = new HtmlReport("network").AddChart(chart, "net").ToHtml();

        var closedTrace = Traces(html, "net").Single(t => t.GetProperty("name").GetString() == "closed links");
        closedTrace.GetProperty("text").EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String)
            .ShouldContain(x => x.GetString()!.StartsWith(closed.Link.Value + " ", StringComparison.Ordinal));
    }

    /// <summary>The traces of the chart in the element with the id: the JSON array after "var data =".</summary>
    private static List<JsonElement> Traces(string html, string id)
    {
        var start = html.IndexOf($"<div class=\"chart\" id=\"{id}\">", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no chart '{id}'");
        var data = html.IndexOf("var data = ", start, StringComparison.Ordinal) + "var data = ".Length;
        var end = html.IndexOf(";\n", data, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(html[data..end].Replace("<\\/", "</", StringComparison.Ordinal));
        return [.. json.RootElement.EnumerateArray().Select(t => t.Clone())];
    }

    private static int Points(JsonElement trace) =>
        trace.TryGetProperty("y", out var y) && y.ValueKind == JsonValueKind.Array ? y.EnumerateArray().Count(v => v.ValueKind == JsonValueKind.Number) : 0;

    private static List<string> SummaryItems(string html)
    {
        var start = html.IndexOf("<ul class=\"summary\">", StringComparison.Ordinal);
        var end = html.IndexOf("</ul>", start, StringComparison.Ordinal);
        return [.. ListItem().Matches(html[start..end]).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];
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
    private static partial Regex LinkWithReference();

    [GeneratedRegex("<li>(.*?)</li>")]
    private static partial Regex ListItem();
}
