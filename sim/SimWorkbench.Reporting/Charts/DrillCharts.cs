using Plotly.NET;
using SimWorkbench.Drills;

namespace SimWorkbench.Reporting.Charts;

/// <summary>
/// The charts of a drill's after-action review, as Plotly.NET charts: the HTML report
/// (<see cref="Reports.AfterActionReport"/>) draws exactly these, and a notebook can call them
/// (display one offline with <see cref="Html.StandaloneChart.ToHtml"/>).
/// </summary>
public static class DrillCharts
{
    /// <summary>
    /// The session on one time axis: injects, hazards, orders (carried out or refused, with the
    /// reason on hover), expected actions (at the time met, or at the deadline when missed), and per
    /// city the loads unloaded there, each accepted order joined to its last load.
    /// </summary>
    /// <param name="drill">The drill played.</param>
    /// <param name="session">The trainees' session.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Timeline(Drill drill, DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentNullException.ThrowIfNull(session);
        return DrillTimelineChart.Build(drill, session);
    }

    /// <summary>Fill rate per commodity over the drill, a bar for each line of the review.</summary>
    /// <param name="drill">The drill played.</param>
    /// <param name="review">The review.</param>
    /// <returns>The chart.</returns>
    public static GenericChart FillRates(Drill drill, AfterActionReview review)
    {
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentNullException.ThrowIfNull(review);
        return YardstickBarsChart.Build(drill, review);
    }

    /// <summary>
    /// The share of need served each hour over all cities, one subplot per commodity, a line for each
    /// line of the review; the window where the gap opened fastest against each yardstick is drawn
    /// over the trainees' line in the yardstick's colour, and the injects as dotted lines.
    /// </summary>
    /// <param name="drill">The drill played.</param>
    /// <param name="review">The review (its first row is the trainees').</param>
    /// <returns>The chart.</returns>
    public static GenericChart ServedShare(Drill drill, AfterActionReview review)
    {
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentNullException.ThrowIfNull(review);
        return ServedShareChart.Build(drill, review.Rows[0].Session, review);
    }
}
