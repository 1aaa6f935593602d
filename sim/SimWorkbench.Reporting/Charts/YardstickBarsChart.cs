using Plotly.NET;
using SimWorkbench.Drills;

namespace SimWorkbench.Reporting.Charts;

/// <summary>Fill rate per commodity, one bar per line of the review: the trainees, "no orders", each automatic strategy.</summary>
internal static class YardstickBarsChart
{
    private static readonly double[] FillRange = [0.0, 1.0];

    public static GenericChart Build(Drill drill, AfterActionReview review)
    {
        var commodities = drill.Scenario.Commodities.Select(c => c.Id.Value).ToArray();
        var figure = new Figure("Fill rate over the drill: the trainees beside the yardsticks (same injects, same random streams)", 420);
        figure.Set("barmode", "group");
        for (var r = 0; r < review.Rows.Count; r++)
        {
            var row = review.Rows[r];
            figure.Add("bar", new()
            {
                ["x"] = commodities,
                ["y"] = row.Metrics.Overall.Select(o => double.IsFinite(o.FillRate) ? o.FillRate : (double?)null).ToArray(),
                ["name"] = row.Label,
                ["marker"] = new Dictionary<string, object?> { ["color"] = Palette.Strategy(r) },
                ["hovertemplate"] = row.Label + ", %{x}: %{y:.1%} of need served<extra></extra>",
            });
        }

        figure.YAxis(0, ("range", FillRange), ("tickformat", ".0%"), ("title", new Dictionary<string, object?> { ["text"] = "fill rate" }));
        return figure.ToChart();
    }
}
