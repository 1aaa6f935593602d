using System.Globalization;
using SimWorkbench.Drills;
using SimWorkbench.Reporting.Charts;
using SimWorkbench.Reporting.Html;

namespace SimWorkbench.Reporting.Reports;

/// <summary>
/// The HTML after-action report of a drill session (after-action.html in the session folder): the
/// summary, the timeline, the expected actions, the trainees beside the yardsticks, and the share of
/// need served hour by hour with where the gap opened. Self-contained like report.html: plotly.js is
/// embedded once and nothing is fetched.
/// </summary>
public static class AfterActionReport
{
    /// <summary>The report's file name in a session folder.</summary>
    public const string FileName = "after-action.html";

    /// <summary>The ids of the chart elements, in report order.</summary>
    public static IReadOnlyList<string> ChartIds { get; } = ["timeline", "fill-rates", "served-share"];

    /// <summary>Builds the report.</summary>
    /// <param name="drill">The drill played.</param>
    /// <param name="review">The review of the trainees' session (<see cref="AfterActionReview.Of"/>).</param>
    /// <returns>The report, ready for <see cref="HtmlReport.ToHtml"/>.</returns>
    public static HtmlReport Create(Drill drill, AfterActionReview review)
    {
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentNullException.ThrowIfNull(review);
        var session = review.Rows[0].Session;
        var report = new HtmlReport($"After-action review: {drill.Name}");
        foreach (var line in AfterActionSummary.Lines(drill, review))
        {
            report.AddSummary(line);
        }

        report.AddSummary(string.Create(CultureInfo.InvariantCulture,
            $"Played on the {drill.Strategy} strategy's holdings, replication {drill.Replication} of the scenario's random streams; every yardstick below played the same injects on the same streams."));

        report.AddSection("Timeline",
            "Injects (diamonds), hazards (stars), orders of every kind (green: carried out, hover for what they did; red cross: refused, hover for the reason; open green square: supplies bought in arriving), expected actions (green: met, at the time they were; red: missed or still open, at their deadline). Below, one lane per city: each square is a vehicle load unloaded there, coloured by commodity; the pale green bar runs from a shipment or reroute to its last load, so an order's effect reads along its city's lane.");
        report.AddChart(DrillCharts.Timeline(drill, session), ChartIds[0]);

        report.AddSection("Expected actions",
            "Each expected action of the injects that fired: met when the deliveries of its commodity to its city since the inject reached its amount by the deadline.");
        report.AddTable(["expected action", "inject", "what", "deadline (h)", "met at (h)", "result"],
            session.Assessments.Select(a => (IReadOnlyList<string>)
            [
                a.Action.Id, a.Inject, a.Action.Text, Number(a.DeadlineHours), a.MetAtHours is { } m ? Number(m) : string.Empty,
                a.Met ? "met" : a.Assessed ? "missed" : "open",
            ]));

        report.AddSection("Orders",
            "Every order in the order given, of every kind: carried out (a shipment as vehicle loads, a reroute as the waiting loads it redirected, each with what they had unloaded in their city by the end of the drill; a procurement with when the goods arrive and their cost; mutual aid and an advance of the clock with when they end), or refused with the reason the trainees were told.");
        var effects = OrderDeliveries.Of(session).ToDictionary(e => e.Result.Order.Number);
        report.AddTable(["order", "at (h)", "kind", "what", "result", "effect", "unloaded by the end", "reason"],
            session.Orders.Select(o => (IReadOnlyList<string>)
            [
                "#" + o.Order.Number.ToString(CultureInfo.InvariantCulture), Number(o.Order.At.Hours), o.Order.Kind,
                OrderWords.What(drill, o.Order), o.Accepted ? "carried out" : "refused",
                o.Accepted ? OrderWords.Effect(drill, o) : string.Empty,
                effects.TryGetValue(o.Order.Number, out var e) ? Number(e.Deliveries.Sum(d => d.Amount.Units)) + " " + Unit(drill, e.Commodity) + " in " + e.City : string.Empty,
                o.Refusal ?? string.Empty,
            ]));

        report.AddSection("The trainees beside the yardsticks",
            $"The same drill played {review.Rows.Count - 1} more ways on the same random streams: \"no orders\" (the trainees' holdings, nothing shipped) and each of the scenario's strategies allocating on its own from its own holdings. Fill rate: share of the need over the drill that was served (higher is better); unmet person-days and social cost (logistics plus deprivation cost), lower is better.");
        report.AddTable(Header(drill), review.Rows.Select(r => Row(drill, r)));
        report.AddChart(DrillCharts.FillRates(drill, review), ChartIds[1]);

        report.AddSection("Where the gap opened",
            $"Share of each hour's need served over all cities. Against each yardstick and commodity, the {AfterActionReview.WindowHours}-hour window in which the trainees' unmet need grew most beyond the yardstick's is drawn as a thick band on the trainees' line, in the yardstick's colour (hover it for the amount); dotted lines are the injects.");
        report.AddChart(DrillCharts.ServedShare(drill, review), ChartIds[2]);
        if (review.Gaps.Count > 0)
        {
            report.AddTable(["against", "commodity", "from (h)", "to (h)", "more unmet in the window", "more unmet over the drill"],
                review.Gaps.Select(g => (IReadOnlyList<string>)
                [
                    g.Against, g.Commodity.Value, Number(g.FromHours), Number(g.ToHours),
                    Number(g.WidenedUnits) + " " + Unit(drill, g.Commodity), Number(g.GapAtEndUnits) + " " + Unit(drill, g.Commodity),
                ]));
        }

        return report;
    }

    /// <summary>Builds the report and writes it as <see cref="FileName"/> in <paramref name="folder"/> (created if missing), replacing one there.</summary>
    /// <param name="folder">The folder, e.g. the session folder.</param>
    /// <param name="drill">The drill played.</param>
    /// <param name="review">The review.</param>
    /// <returns>The file's path.</returns>
    public static string Write(string folder, Drill drill, AfterActionReview review)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var html = Create(drill, review).ToHtml();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, html);
        return path;
    }

    private static string[] Header(Drill drill) =>
    [
        "",
        .. drill.Scenario.Commodities.Select(c => $"fill rate {c.Id}"),
        .. drill.Scenario.Commodities.Select(c => $"unmet person-days {c.Id}"),
        $"social cost ({drill.Scenario.Currency.Code})",
        "vehicle-km",
        "expected actions met",
    ];

    private static IReadOnlyList<string> Row(Drill drill, AfterActionRow row) =>
    [
        row.Label,
        .. row.Metrics.Overall.Select(o => double.IsFinite(o.FillRate) ? o.FillRate.ToString("0.0%", CultureInfo.InvariantCulture) : "n/a"),
        .. row.Metrics.Overall.Select(o => Number(o.UnmetPersonDays)),
        Number(row.Metrics.SocialCost),
        Number(row.Metrics.VehicleKilometres),
        $"{row.ExpectationsMet} of {row.ExpectationsMet + row.ExpectationsMissed}",
    ];

    private static string Unit(Drill drill, Commodities.CommodityId commodity) => drill.Scenario.Commodities.First(c => c.Id == commodity).Unit;

    private static string Number(double? value) =>
        value is not { } v || !double.IsFinite(v) ? "n/a" : Number(v);

    private static string Number(double value) =>
        !double.IsFinite(value) ? "n/a" : Math.Abs(value) >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);
}
