using System.Globalization;
using SimWorkbench.Drills;

namespace SimWorkbench.Reporting.Reports;

/// <summary>
/// The sentences the after-action report opens with: what the trainees did (orders carried out and
/// refused, and why), which expected actions they met, how much need they served beside "no
/// orders" and the best automatic strategy, and where the gap opened.
/// </summary>
public static class AfterActionSummary
{
    /// <summary>The sentences, in that order; one per commodity for fill rates and for gaps.</summary>
    /// <param name="drill">The drill played.</param>
    /// <param name="review">The review (its first row is the trainees', its second "no orders").</param>
    /// <returns>The sentences.</returns>
    public static IReadOnlyList<string> Lines(Drill drill, AfterActionReview review)
    {
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentNullException.ThrowIfNull(review);
        var trainees = review.Rows[0].Session;
        var lines = new List<string> { Orders(drill, trainees), Expectations(trainees) };
        var automatic = review.Rows.Skip(2).ToArray();
        for (var c = 0; c < drill.Scenario.Commodities.Count; c++)
        {
            var commodity = drill.Scenario.Commodities[c].Id;
            var mine = review.Rows[0].Metrics.Overall[c].FillRate;
            var none = review.Rows[1].Metrics.Overall[c].FillRate;
            var text = Invariant($"{Capital(commodity.Value)}: the trainees served {Percent(mine)} of need, against {Percent(none)} with no orders");
            if (automatic.Length > 0)
            {
                var best = automatic.MaxBy(r => Finite(r.Metrics.Overall[c].FillRate))!;
                var theirs = best.Metrics.Overall[c].FillRate;
                text += Invariant($" and {Percent(theirs)} for the best automatic strategy ({best.Strategy})");
                text += Finite(mine) >= Finite(theirs) ? "; they did as well as every automatic strategy or better." : ".";
            }
            else
            {
                text += ".";
            }

            lines.Add(text);
        }

        foreach (var commodity in drill.Scenario.Commodities)
        {
            if (review.Gaps.Where(g => g.Commodity == commodity.Id).MaxBy(g => g.WidenedUnits) is { } widest)
            {
                lines.Add(Invariant(
                    $"The {commodity.Id} gap opened fastest against {widest.Against} between {widest.FromHours:0.##} and {widest.ToHours:0.##} h: {widest.WidenedUnits:N0} {commodity.Unit} more unmet in those {widest.ToHours - widest.FromHours:0.##} hours."));
            }
        }

        return lines;
    }

    private static string Orders(Drill drill, DrillSession trainees)
    {
        var refused = trainees.Orders.Where(o => !o.Accepted).ToArray();
        var text = Invariant($"{drill.Name}: {trainees.Fired.Count} injects fired over {drill.End.Hours:0.##} h; the trainees gave {trainees.Orders.Count} orders, {trainees.Orders.Count - refused.Length} carried out and {refused.Length} refused");
        if (refused.Length > 0)
        {
            var reasons = refused.GroupBy(o => o.Refusal!.Split(':')[0]).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Count() == 1 ? g.Key : Invariant($"{g.Key} ×{g.Count()}"));
            text += $" ({string.Join(", ", reasons)})";
        }

        return text + ".";
    }

    private static string Expectations(DrillSession trainees)
    {
        var all = trainees.Assessments;
        if (all.Count == 0)
        {
            return "No expected action fell due.";
        }

        var met = all.Where(a => a.Met).ToArray();
        var text = Invariant($"Expected actions: {met.Length} of {all.Count} met");
        if (met.Length > 0)
        {
            text += " (" + string.Join(", ", met.Select(a => Invariant($"{a.Action.Id} at {a.MetAtHours:0.##} h"))) + ")";
        }

        var missed = all.Where(a => !a.Met && a.Assessed).Select(a => a.Action.Id).ToArray();
        var open = all.Where(a => !a.Assessed).Select(a => a.Action.Id).ToArray();
        if (missed.Length > 0)
        {
            text += "; missed: " + string.Join(", ", missed);
        }

        if (open.Length > 0)
        {
            text += "; still open at the end: " + string.Join(", ", open);
        }

        return text + ".";
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : double.NegativeInfinity;

    private static string Percent(double value) => double.IsFinite(value) ? value.ToString("0.0%", CultureInfo.InvariantCulture) : "n/a";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
