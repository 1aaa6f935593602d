using System.Globalization;
using Plotly.NET;
using SimWorkbench.Drills;
using SimWorkbench.Drills.Orders;

namespace SimWorkbench.Reporting.Charts;

/// <summary>
/// A drill session on one time axis: lanes for injects, hazards, orders and expected actions at the
/// top (with the arrival of supplies bought in), then one lane per city with the loads unloaded
/// there; each accepted shipment's or reroute's loads are joined by a line from the order to its
/// last load, so an order's effect reads along its city's lane.
/// </summary>
internal static class DrillTimelineChart
{
    private const string Injects = "injects";
    private const string HazardLane = "hazards";
    private const string Orders = "orders";
    private const string Expected = "expected actions";
    private const string Met = "#2ca02c";
    private const string Missed = "#d62728";

    public static GenericChart Build(Drill drill, DrillSession session)
    {
        var effects = OrderDeliveries.Of(session);
        var cities = drill.Scenario.Network.Cities.Select(c => c.Id)
            .Where(c => session.Outcome.Deliveries.Any(d => d.City == c) || effects.Any(e => e.City == c))
            .Select(Lane).ToArray();
        string[] lanes = [Injects, HazardLane, Orders, Expected, .. cities];
        var figure = new Figure("Timeline: injects, orders and the loads they delivered", 220 + (34 * lanes.Length));
        // Which order each load belongs to; loads equal in every field are interchangeable, so a queue per value.
        var orderOf = new Dictionary<Runs.Delivery, Queue<int>>();
        foreach (var effect in effects)
        {
            foreach (var delivery in effect.Deliveries)
            {
                if (!orderOf.TryGetValue(delivery, out var numbers))
                {
                    numbers = new Queue<int>();
                    orderOf[delivery] = numbers;
                }

                numbers.Enqueue(effect.Result.Order.Number);
            }
        }

        var loadOrder = session.Outcome.Deliveries.Select(d => orderOf.TryGetValue(d, out var q) && q.Count > 0 ? q.Dequeue() : (int?)null).ToArray();

        figure.Add("scatter", Markers(Injects, "injects", "diamond", "#555",
            [.. session.Fired.Select(f => f.AtHours)], [.. session.Fired.Select(f => Wrap($"{f.Inject.Id} ({Word(f.Inject.Kind)}): {f.Inject.Text}" + (f.Inject.Update is { } u ? $" [{u.Describe(f.AtHours)}]" : string.Empty)))]));
        figure.Add("scatter", Markers(HazardLane, "hazards", "star", "#8c564b",
            [.. session.Outcome.Hazards.Select(h => h.OnsetHours)], [.. session.Outcome.Hazards.Select(h => $"{Hazards.Label(h)}: {h.Damaged.Count} elements damaged")]));
        var accepted = session.Orders.Where(o => o.Accepted).ToArray();
        var refused = session.Orders.Where(o => !o.Accepted).ToArray();
        figure.Add("scatter", Markers(Orders, "orders carried out", "circle", Met,
            [.. accepted.Select(o => o.Order.At.Hours)], [.. accepted.Select(o => Wrap(Describe(drill, o) + ": " + OrderWords.Effect(drill, o)))]));
        figure.Add("scatter", Markers(Orders, "orders refused", "x", Missed,
            [.. refused.Select(o => o.Order.At.Hours)], [.. refused.Select(o => Wrap(Describe(drill, o) + ": refused, " + o.Refusal))]));
        var bought = accepted.Where(o => o.Order is ProcureOrder && o.UntilHours is not null).ToArray();
        figure.Add("scatter", Markers(Orders, "supplies bought in arrive", "square-open", Met,
            [.. bought.Select(o => o.UntilHours!.Value)], [.. bought.Select(o => Wrap(Describe(drill, o) + ": arrived"))]));
        var met = session.Assessments.Where(a => a.Met).ToArray();
        var missed = session.Assessments.Where(a => !a.Met).ToArray();
        figure.Add("scatter", Markers(Expected, "expected actions met", "triangle-up", Met,
            [.. met.Select(a => a.MetAtHours!.Value)], [.. met.Select(a => Wrap(string.Create(CultureInfo.InvariantCulture, $"{a.Action.Id} met at {a.MetAtHours:0.##} h (deadline {a.DeadlineHours:0.##} h): {a.Action.Text}")))]));
        figure.Add("scatter", Markers(Expected, "expected actions missed or open", "triangle-down", Missed,
            [.. missed.Select(a => a.DeadlineHours)], [.. missed.Select(a => Wrap(string.Create(CultureInfo.InvariantCulture, $"{a.Action.Id} {(a.Assessed ? "missed" : "open at the end")} (deadline {a.DeadlineHours:0.##} h): {a.Action.Text}")))]));

        // Each accepted order's reach: from when it was given to its last load, along its city's lane.
        var spanX = new List<double?>();
        var spanY = new List<string?>();
        foreach (var effect in effects.Where(e => e.Deliveries.Count > 0))
        {
            spanX.AddRange([effect.Result.Order.At.Hours, effect.Deliveries[^1].TimeHours, null]);
            spanY.AddRange([Lane(effect.City), Lane(effect.City), null]);
        }

        figure.Add("scatter", new()
        {
            ["x"] = spanX.ToArray(),
            ["y"] = spanY.ToArray(),
            ["mode"] = "lines",
            ["name"] = "order → its last load",
            ["line"] = new Dictionary<string, object?> { ["color"] = "rgba(44,160,44,0.35)", ["width"] = 6 },
            ["hoverinfo"] = "skip",
        });
        for (var c = 0; c < drill.Scenario.Commodities.Count; c++)
        {
            var commodity = drill.Scenario.Commodities[c];
            var loads = session.Outcome.Deliveries.Select((d, i) => (d, i)).Where(x => x.d.Commodity == commodity.Id).ToArray();
            figure.Add("scatter", Markers(null, $"loads of {commodity.Id}", "square", Palette.Strategy(c + 3),
                [.. loads.Select(x => x.d.TimeHours)],
                [.. loads.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.d.Amount.Units:N0} {commodity.Unit} of {commodity.Id} at {x.d.TimeHours:0.##} h{(loadOrder[x.i] is { } n ? $", order #{n}" : string.Empty)}"))],
                [.. loads.Select(x => Lane(x.d.City))]));
        }

        figure.YAxis(0, ("type", "category"), ("categoryorder", "array"), ("categoryarray", lanes), ("autorange", "reversed"), ("automargin", true));
        figure.XAxis(0, ("title", new Dictionary<string, object?> { ["text"] = "hour of the drill" }), ("range", new[] { -1, drill.End.Hours + 1 }), ("zeroline", false));
        return figure.ToChart();
    }

    private static Dictionary<string, object?> Markers(string? lane, string name, string symbol, string colour, double[] x, string[] text, string[]? y = null) => new()
    {
        ["x"] = x,
        ["y"] = y ?? (object)x.Select(_ => lane).ToArray(),
        ["mode"] = "markers",
        ["name"] = name,
        ["text"] = text,
        ["marker"] = new Dictionary<string, object?> { ["symbol"] = symbol, ["color"] = colour, ["size"] = 11, ["line"] = new Dictionary<string, object?> { ["width"] = 1, ["color"] = "#fff" } },
        ["hovertemplate"] = "%{x:.2f} h: %{text}<extra></extra>",
    };

    private static string Lane(Network.CityId city) => "→ " + city.Value;

    private static string Describe(Drill drill, OrderResult o) =>
        string.Create(CultureInfo.InvariantCulture, $"#{o.Order.Number} {OrderWords.What(drill, o.Order)}");

    private static string Word(InjectKind kind) => Hazards.Word(kind);

    /// <summary>Breaks long hover text into lines of about 80 characters.</summary>
    private static string Wrap(string text)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length > 80)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return string.Join("<br>", lines.Select(System.Net.WebUtility.HtmlEncode));
    }
}
