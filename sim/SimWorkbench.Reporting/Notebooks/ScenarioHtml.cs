using System.Globalization;
using SimWorkbench.Network;
using SimWorkbench.Scenarios;

namespace SimWorkbench.Reporting.Notebooks;

/// <summary>A scenario as a notebook shows it: what it holds, what starts damaged, the hazards, and where each strategy keeps its stock.</summary>
internal static class ScenarioHtml
{
    public static string Of(Scenario scenario)
    {
        var network = scenario.Network;
        var population = network.Cities.Sum(c => c.Population);
        var html = new HtmlTable()
            .Heading(scenario.Name)
            .Note(scenario.Description.Trim())
            .Table(["horizon", "replications", "seed", "cities", "population", "depots", "links", "fleets", "hazards", "cascade rules"],
            [[
                Days(scenario.Horizon.Days), Count(scenario.Replications), scenario.Seed.ToString(CultureInfo.InvariantCulture),
                Count(network.Cities.Count), Count(population), Count(network.Depots.Count), Count(network.Links.Count),
                Count(network.Fleets.Count), Count(scenario.Hazards.Count), Count(scenario.Cascades.Count),
            ]]);
        var damaged = network.Links.Where(l => l.InitialState != LinkState.Open).ToList();
        if (damaged.Count > 0)
        {
            html.Table(["link damaged at the start", "from", "to", "state", "reopens after"],
                damaged.Select(l => (IEnumerable<string>)[l.Id.Value, l.From.Value, l.To.Value, l.InitialState.ToString().ToLowerInvariant(), Days(l.RepairTime.Days)]));
        }

        html.Table(["hazard", "kind", "onset (h)", "warning (h)", "intensity"],
            scenario.Hazards.Select(h => (IEnumerable<string>)[h.Id.Value, h.Kind.ToString().ToLowerInvariant(), HtmlTable.Number(h.Onset.Hours), HtmlTable.Number(h.Warning.Hours), HtmlTable.Number(h.Intensity)]));

        var tiers = Enum.GetValues<DepotTier>();
        var depots = network.Depots.ToDictionary(d => d.Id);
        var headers = new List<string> { "strategy", "kind", "vehicles", "stock at" };
        headers.AddRange(scenario.Commodities.Select(c => $"{c.Id} ({c.Unit})"));
        var rows = new List<IEnumerable<string>>();
        foreach (var strategy in scenario.Strategies)
        {
            var vehicles = network.Fleets.Where(f => strategy.Fleets.Contains(f.Id)).Sum(f => f.Vehicles);
            foreach (var tier in tiers)
            {
                var held = strategy.Stock.Where(e => depots[e.Key].Tier == tier).Select(e => e.Value).ToList();
                if (held.Count == 0)
                {
                    continue;
                }

                var row = new List<string> { strategy.Id.Value, strategy.Kind.ToString().ToLowerInvariant(), Count(vehicles), $"{tier.ToString().ToLowerInvariant()} depots ({held.Count})" };
                row.AddRange(scenario.Commodities.Select(c => HtmlTable.Number(held.Sum(h => h.GetValueOrDefault(c.Id).Units))));
                rows.Add(row);
            }
        }

        return html.Table(headers, rows).ToString();
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Days(double days) => days.ToString("0.##", CultureInfo.InvariantCulture) + " d";
}
