using SimWorkbench.Runs;

namespace SimWorkbench.Drills.Play;

/// <summary>The last line of a session's log: orders accepted and refused, expectations met and missed, and the metrics per commodity.</summary>
internal static class DrillSummary
{
    public static string Line(Drill drill, double endHours, RunMetrics metrics, IReadOnlyList<OrderResult> results, IReadOnlyList<Assessment> assessments) => DrillLog.Line(endHours, w =>
    {
        w.WriteString("type", "summary");
        w.WriteNumber("orders_accepted", results.Count(r => r.Accepted));
        w.WriteNumber("orders_refused", results.Count(r => !r.Accepted));
        w.WriteNumber("expectations_met", assessments.Count(a => a.Met));
        w.WriteNumber("expectations_missed", assessments.Count(a => !a.Met));
        w.WriteStartObject("commodities");
        for (var c = 0; c < metrics.Overall.Count; c++)
        {
            var overall = metrics.Overall[c];
            w.WriteStartObject(drill.Scenario.Commodities[c].Id.Value);
            DrillLog.Number(w, "fill_rate", overall.FillRate);
            DrillLog.Number(w, "unmet_person_days", overall.UnmetPersonDays);
            DrillLog.Number(w, "deprivation_cost", overall.DeprivationCost);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        DrillLog.Number(w, "social_cost", metrics.SocialCost);
    });
}
