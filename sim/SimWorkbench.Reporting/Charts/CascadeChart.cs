using System.Globalization;
using Plotly.NET;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Charts;

/// <summary>
/// The cascade chain of one run: every hazard at its onset (x, days) and generation (y), an arrow
/// from the hazard that triggered it, labelled with the rule; hazards started by a shortage (no
/// parent) stand alone.
/// </summary>
internal static class CascadeChart
{
    public static GenericChart Build(ComparisonResult result, int strategy)
    {
        var run = result.Runs[strategy][0];
        var hazards = run.Hazards;
        var figure = new Figure($"The cascade chain: what caused what, when ({result.Strategies[strategy]}, replication {run.Replication})", 520);
        var byId = new Dictionary<string, HazardRecord>(StringComparer.Ordinal);
        foreach (var hazard in hazards)
        {
            byId.TryAdd(hazard.Id.Value, hazard);
        }

        foreach (var hazard in hazards)
        {
            if (hazard.Parent is { } parentId && byId.TryGetValue(parentId.Value, out var parent))
            {
                figure.Annotate(new Dictionary<string, object?>
                {
                    ["x"] = hazard.OnsetHours / 24,
                    ["y"] = hazard.Generation,
                    ["ax"] = parent.OnsetHours / 24,
                    ["ay"] = parent.Generation,
                    ["xref"] = "x",
                    ["yref"] = "y",
                    ["axref"] = "x",
                    ["ayref"] = "y",
                    ["showarrow"] = true,
                    ["arrowhead"] = 2,
                    ["arrowcolor"] = "#888",
                    ["standoff"] = 6,
                    ["text"] = string.Empty,
                });
            }
        }

        // Rules fire in bursts (a landslide on every pass): label the first hazard of each rule, hover for the rest.
        var labelled = new HashSet<string>(StringComparer.Ordinal);
        var labels = hazards.Select(h => labelled.Add(h.Rule?.Value ?? h.Id.Value) ? h.Rule?.Value ?? h.Id.Value : string.Empty).ToArray();
        foreach (var kind in hazards.Select(h => h.Kind).Distinct())
        {
            var ofKind = hazards.Where(h => h.Kind == kind).ToArray();
            var ofKindLabels = hazards.Select((h, i) => (h, i)).Where(p => p.h.Kind == kind).Select(p => labels[p.i]).ToArray();
            figure.Add("scatter", new()
            {
                ["x"] = ofKind.Select(h => h.OnsetHours / 24).ToArray(),
                ["y"] = ofKind.Select(h => h.Generation).ToArray(),
                ["text"] = ofKindLabels,
                ["hovertext"] = ofKind.Select(Describe).ToArray(),
                ["hoverinfo"] = "text",
                ["mode"] = "markers+text",
                ["textposition"] = "top center",
                ["name"] = Hazards.Word(kind),
                ["marker"] = new Dictionary<string, object?>
                {
                    ["size"] = ofKind.Select(h => 10 + Math.Min(20, 2 * h.Damaged.Count)).ToArray(),
                    ["line"] = new Dictionary<string, object?> { ["color"] = "white", ["width"] = 1 },
                },
            });
        }

        if (hazards.Count == 0)
        {
            figure.Annotate(new Dictionary<string, object?>
            {
                ["text"] = "No hazard happened in this run.",
                ["xref"] = "paper",
                ["yref"] = "paper",
                ["x"] = 0.5,
                ["y"] = 0.5,
                ["showarrow"] = false,
            });
        }

        var generations = hazards.Count == 0 ? 0 : hazards.Max(h => h.Generation);
        var lastDay = hazards.Count == 0 ? 1 : Math.Max(1, hazards.Max(h => h.OnsetHours) / 24);
        figure.XAxis(0, ("title", new Dictionary<string, object?> { ["text"] = "onset (day)" }), ("range", new[] { -0.06 * lastDay, 1.08 * lastDay }));
        figure.YAxis(0, ("title", new Dictionary<string, object?> { ["text"] = "generation (0: the scenario's hazards)" }), ("dtick", 1), ("range", new[] { -0.5, generations + 0.7 }));
        return figure.ToChart();
    }

    private static string Describe(HazardRecord h) => string.Create(CultureInfo.InvariantCulture,
        $"{h.Id} ({Hazards.Word(h.Kind)}) at {h.OnsetHours:0.#} h, intensity {h.Intensity:0.###}<br>") +
        (h.Rule is { } rule ? $"rule {rule}" + (h.Parent is { } p ? $", triggered by {p}" : ", triggered by a shortage") : "scenario hazard") +
        string.Create(CultureInfo.InvariantCulture, $"<br>damaged {h.Damaged.Count} element(s)") +
        (h.Damaged.Count > 0 ? ": " + string.Join(", ", h.Damaged.Take(6).Select(d => d.Id)) + (h.Damaged.Count > 6 ? "…" : string.Empty) : string.Empty);
}
