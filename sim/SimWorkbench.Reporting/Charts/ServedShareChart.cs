using System.Globalization;
using Plotly.NET;
using SimWorkbench.Drills;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Charts;

/// <summary>
/// The share of need served each hour, all cities together, per commodity (one subplot each): the
/// trainees against "no orders" and each automatic strategy; the windows where the gap opened
/// fastest against each yardstick are drawn over the trainees' line in that yardstick's colour, and
/// the injects as dotted lines.
/// </summary>
internal static class ServedShareChart
{
    private static readonly double[] ShareRange = [0.0, 1.05];

    /// <summary>Σ min(served, need) ÷ Σ need over the cities, per hour; null in an hour with no need.</summary>
    public static double?[] Share(RunOutcome outcome, int commodity)
    {
        var share = new double?[outcome.Need.Hours];
        for (var h = 0; h < share.Length; h++)
        {
            var (need, served) = (0.0, 0.0);
            for (var i = 0; i < outcome.Cities.Count; i++)
            {
                var n = outcome.Need[i, commodity, h];
                need += n;
                served += Math.Clamp(outcome.Served[i, commodity, h], 0, n);
            }

            share[h] = need > 0 ? served / need : null;
        }

        return share;
    }

    public static GenericChart Build(Drill drill, DrillSession trainees, AfterActionReview review)
    {
        var commodities = drill.Scenario.Commodities;
        var figure = new Figure("Share of need served each hour (all cities), trainees against the yardsticks", 260 + (240 * commodities.Count));
        figure.Grid(commodities.Count, 1, [.. commodities.Select(c => c.Name)], shareX: true);
        var hours = Enumerable.Range(0, trainees.Outcome.Need.Hours).Select(h => h + 0.5).ToArray();
        for (var c = 0; c < commodities.Count; c++)
        {
            var traineeShare = Share(trainees.Outcome, c);
            for (var r = 0; r < review.Rows.Count; r++)
            {
                var row = review.Rows[r];
                var line = figure.Add("scatter", new()
                {
                    ["x"] = hours,
                    ["y"] = r == 0 ? traineeShare : Share(row.Session.Outcome, c),
                    ["mode"] = "lines",
                    ["name"] = row.Label,
                    ["legendgroup"] = row.Label,
                    ["showlegend"] = c == 0,
                    ["line"] = new Dictionary<string, object?> { ["color"] = Palette.Strategy(r), ["width"] = r == 0 ? 3 : 1.5, ["dash"] = r == 1 ? "dash" : "solid" },
                    ["hovertemplate"] = row.Label + ": %{y:.1%} of need served in hour %{x:.0f}<extra></extra>",
                });
                Figure.OnSubplot(line, c);
            }

            foreach (var gap in review.Gaps.Where(g => g.Commodity == commodities[c].Id))
            {
                var r = review.Rows.Select(x => x.Label).ToList().IndexOf(gap.Against);
                var window = Enumerable.Range((int)gap.FromHours, (int)(gap.ToHours - gap.FromHours)).ToArray();
                var mark = figure.Add("scatter", new()
                {
                    ["x"] = window.Select(h => h + 0.5).ToArray(),
                    ["y"] = window.Select(h => traineeShare[h]).ToArray(),
                    ["mode"] = "lines",
                    ["name"] = string.Create(CultureInfo.InvariantCulture, $"gap opened vs {gap.Against} ({commodities[c].Id}, {gap.FromHours:0}–{gap.ToHours:0} h)"),
                    ["showlegend"] = false,
                    ["line"] = new Dictionary<string, object?> { ["color"] = Palette.Band(r, alpha: 0.55), ["width"] = 12 },
                    ["hovertemplate"] = string.Create(CultureInfo.InvariantCulture,
                        $"gap opened vs {gap.Against}: {gap.WidenedUnits:N0} {commodities[c].Unit} more unmet than it between {gap.FromHours:0} and {gap.ToHours:0} h<extra></extra>"),
                });
                Figure.OnSubplot(mark, c);
            }

            figure.YAxis(c, ("range", ShareRange), ("tickformat", ".0%"), ("title", new Dictionary<string, object?> { ["text"] = "served" }));
        }

        figure.XAxis(commodities.Count - 1, ("title", new Dictionary<string, object?> { ["text"] = "hour of the drill (dotted: injects; thick bands on the trainees' line: where a gap opened)" }));
        foreach (var fired in trainees.Fired)
        {
            figure.Draw(new Dictionary<string, object?>
            {
                ["type"] = "line",
                ["xref"] = "x",
                ["yref"] = "paper",
                ["x0"] = fired.AtHours,
                ["x1"] = fired.AtHours,
                ["y0"] = 0,
                ["y1"] = 1,
                ["line"] = new Dictionary<string, object?> { ["color"] = Palette.Hazard, ["width"] = 1, ["dash"] = "dot" },
            });
        }

        return figure.ToChart();
    }
}
