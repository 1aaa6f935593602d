using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Notebooks;

/// <summary>One run as a notebook shows it: need and service per commodity, where the stock went, and the hazards that struck.</summary>
internal static class RunOutcomeHtml
{
    public static string Of(RunOutcome run)
    {
        var html = new HtmlTable()
            .Heading($"Run of '{run.Strategy}', replication {run.Replication} (seed {run.Seed}), {HtmlTable.Number(run.HorizonHours)} h")
            .Note($"{HtmlTable.Number(run.VehicleKilometres)} vehicle-km, {HtmlTable.Number(run.Deliveries.Count)} loads delivered.")
            .Table(["commodity", "need", "served", "fill rate", "initial stock", "consumed", "in stock at end", "in transit", "lost to hazards"],
                run.Commodities.Select((commodity, c) =>
                {
                    var need = Enumerable.Range(0, run.Cities.Count).Sum(i => run.Need.Total(i, c));
                    var served = Enumerable.Range(0, run.Cities.Count).Sum(i => Math.Min(run.Served.Total(i, c), run.Need.Total(i, c)));
                    var ledger = run.Ledger[c];
                    return (IEnumerable<string>)
                    [
                        commodity.Value, HtmlTable.Number(need), HtmlTable.Number(served), HtmlTable.Number(need > 0 ? served / need : 1),
                        HtmlTable.Number(ledger.Initial), HtmlTable.Number(ledger.Consumed), HtmlTable.Number(ledger.InStock),
                        HtmlTable.Number(ledger.InTransit), HtmlTable.Number(ledger.Lost),
                    ];
                }));
        return html.Table(["hazard", "kind", "onset (h)", "cascade rule", "caused by", "intensity", "elements damaged"],
                run.Hazards.Select(h => (IEnumerable<string>)
                [
                    h.Id.Value, h.Kind.ToString().ToLowerInvariant(), HtmlTable.Number(h.OnsetHours), h.Rule?.Value ?? "—",
                    h.Parent?.Value ?? "—", HtmlTable.Number(h.Intensity), HtmlTable.Number(h.Damaged.Count),
                ]))
            .ToString();
    }
}
