using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SimWorkbench.Reporting.Html;
using SimWorkbench.Reporting.Reports;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Tests.Reports;

public sealed partial class AfterActionReportTests(MetroDrill metro) : IClassFixture<MetroDrill>
{
    private readonly string _html = AfterActionReport.Create(metro.Drill, metro.Review).ToHtml();

    [Fact]
    public void Every_chart_is_in_the_report_with_traces_that_carry_data()
    {
        AfterActionReport.ChartIds.Count.ShouldBe(3);
        foreach (var id in AfterActionReport.ChartIds)
        {
            var traces = Traces(_html, id);

            traces.Count.ShouldBeGreaterThan(0, id);
            traces.ShouldContain(t => Values(t, "x") > 0 && Numbers(t, "x") + Numbers(t, "y") > 0 && Values(t, "y") > 0, id);
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
    public void The_timeline_shows_each_refused_order_with_its_reason()
    {
        // The rehearsal's deliberate mistakes, in the order given (by time, then number): order 3 at 7 h
        // (Old Town's local depot has no vehicles under the centralised strategy: no-fleet), order 6 at 7 h
        // (pre-position after the 6 h shock: too-late), order 12 at 12 h (no supplier, no lead time:
        // no-supplier), order 13 at 12 h (no mutual aid agreement: no-agreement), order 7 at 20 h (order
        // 2's loads have all left: not-waiting), order 18 at 50 h (the railway is cut: no-route).
        var refused = Traces(_html, "timeline").Single(t => t.GetProperty("name").GetString() == "orders refused");

        refused.GetProperty("x").EnumerateArray().Select(x => x.GetDouble()).ShouldBe([7.0, 7.0, 12.0, 12.0, 20.0, 50.0]);
        var texts = refused.GetProperty("text").EnumerateArray().Select(t => t.GetString()!).ToArray();
        string[] reasons = ["no-fleet", "too-late", "no-supplier", "no-agreement", "not-waiting", "no-route"];
        for (var i = 0; i < reasons.Length; i++)
        {
            texts[i].ShouldContain(reasons[i]);
        }
    }

    [Fact]
    public void The_timeline_names_every_kind_of_order_and_marks_bought_in_supplies_arriving()
    {
        // Order 11 buys 10 000 t of water into the national reserve at 12 h with a 36 h lead time: it arrives at 12 + 36 = 48 h.
        var traces = Traces(_html, "timeline");
        // Mutual aid (order 13) is refused under the centralised strategy: it is among the refused orders.
        var texts = traces.Where(t => t.GetProperty("name").GetString() is "orders carried out" or "orders refused")
            .SelectMany(t => t.GetProperty("text").EnumerateArray().Select(x => x.GetString()!)).ToArray();
        string[] words = ["dispatch", "pre-position", "reroute", "procure", "mutual aid", "advance the clock"];

        foreach (var word in words)
        {
            texts.ShouldContain(t => t.Contains(word, StringComparison.Ordinal), word);
        }

        var bought = traces.Single(t => t.GetProperty("name").GetString() == "supplies bought in arrive");
        bought.GetProperty("x").EnumerateArray().Select(x => x.GetDouble()).ShouldContain(48.0);
    }

    [Fact]
    public void The_summary_counts_the_orders_and_expected_actions_of_the_session()
    {
        var session = metro.Session;
        var refused = session.Orders.Count(o => o.Refusal is not null);
        var met = session.Assessments.Count(a => a.MetAtHours is not null);

        var summary = SummaryItems(_html);

        summary[0].ShouldContain($"the trainees gave {session.Orders.Count} orders, {session.Orders.Count - refused} carried out and {refused} refused");
        summary[1].ShouldStartWith($"Expected actions: {met} of {session.Assessments.Count} met");
    }

    [Fact]
    public void The_summary_gives_each_commodity_s_fill_rate_and_the_best_automatic_strategy_from_the_runs()
    {
        var summary = SummaryItems(_html);
        var rows = metro.Review.Rows;
        for (var c = 0; c < metro.Drill.Scenario.Commodities.Count; c++)
        {
            // Fill rate from the hourly series: Σ min(served, need) ÷ Σ need over cities and hours.
            var trainees = Fill(rows[0].Session.Outcome, c);
            var none = Fill(rows[1].Session.Outcome, c);
            var best = rows.Skip(2).MaxBy(r => Fill(r.Session.Outcome, c))!;
            var id = metro.Drill.Scenario.Commodities[c].Id.Value;
            var lead = char.ToUpperInvariant(id[0]) + id[1..] + ": ";

            summary.ShouldContain(line => line.StartsWith(lead, StringComparison.Ordinal)
                && line.Contains($"served {Percent(trainees)} of need, against {Percent(none)} with no orders and {Percent(Fill(best.Session.Outcome, c))} for the best automatic strategy ({best.Strategy})", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_summary_names_the_window_where_the_water_gap_opened_fastest()
    {
        // Recomputed from the hourly series: the gap is Σ over cities of (unmet by the trainees − unmet
        // by the yardstick), cumulated hour by hour; the window of 6 hours in which it grew most, over every yardstick.
        var rows = metro.Review.Rows;
        var hours = rows[0].Session.Outcome.Need.Hours;
        var (against, from, widened) = (string.Empty, 0, 0.0);
        foreach (var yardstick in rows.Skip(1))
        {
            var gap = new double[hours + 1];
            for (var h = 0; h < hours; h++)
            {
                gap[h + 1] = gap[h] + Unmet(rows[0].Session.Outcome, h) - Unmet(yardstick.Session.Outcome, h);
            }

            for (var h = 0; h + 6 <= hours; h++)
            {
                if (gap[h + 6] - gap[h] > widened)
                {
                    (against, from, widened) = (yardstick.Label, h, gap[h + 6] - gap[h]);
                }
            }
        }

        SummaryItems(_html).ShouldContain($"The water gap opened fastest against {against} between {from} and {from + 6} h: {widened.ToString("N0", CultureInfo.InvariantCulture)} L more unmet in those 6 hours.");
    }

    private static double Unmet(RunOutcome outcome, int hour)
    {
        var unmet = 0.0;
        for (var i = 0; i < outcome.Cities.Count; i++)
        {
            var need = outcome.Need[i, 0, hour];
            unmet += need - Math.Clamp(outcome.Served[i, 0, hour], 0, need);
        }

        return unmet;
    }

    private static double Fill(RunOutcome outcome, int commodity)
    {
        var (need, served) = (0.0, 0.0);
        for (var i = 0; i < outcome.Cities.Count; i++)
        {
            for (var h = 0; h < outcome.Need.Hours; h++)
            {
                need += outcome.Need[i, commodity, h];
                served += Math.Min(outcome.Served[i, commodity, h], outcome.Need[i, commodity, h]);
            }
        }

        return served / need;
    }

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

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

    private static int Numbers(JsonElement trace, string axis) =>
        trace.TryGetProperty(axis, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Count(x => x.ValueKind == JsonValueKind.Number) : 0;

    private static int Values(JsonElement trace, string axis) =>
        trace.TryGetProperty(axis, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Count(x => x.ValueKind is JsonValueKind.Number or JsonValueKind.String) : 0;

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
