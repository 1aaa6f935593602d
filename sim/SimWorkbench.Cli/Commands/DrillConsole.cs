using System.Globalization;
using SimWorkbench.Drills;
using SimWorkbench.Drills.Orders;
using SimWorkbench.Drills.Situation;
using Spectre.Console;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// Live play of a drill at the console: runs the clock stop by stop through <see cref="LiveDrill"/>,
/// shows the situation, reads the trainees' orders one per line (from the terminal, or from
/// stdin when it is piped), says what became of each, and at the end gives the session. It only
/// renders and reads; the library checks and plays.
/// </summary>
internal sealed class DrillConsole(LiveDrill live, TextReader input, IAnsiConsole console, bool echo)
{
    public const string Help = """
        Orders (one per line; names as in the scenario, amounts with their unit):
          dispatch <depot> <city> <commodity> <amount>       e.g. dispatch hightown-depot millford water 400 t
          preposition <depot> <city> <commodity> <amount>    before the first hazard strikes, within the city's room
          procure <depot> <commodity> <amount> [lead <time>] [premium <factor>]
          mutual_aid <time>                                  switch the strategy's mutual aid on for that long
          reroute <order number> <city>                      send an order's loads still waiting at the depot elsewhere
          advance <time> | advance next | next               let the clock run (stops at a decision point)
        An order file's entry in YAML flow form works too: { kind: dispatch, from: ..., to: ..., commodity: ..., amount: ... }
        Other commands: situation (show it again), help, end (play on to the end and write the log).
        """;

    /// <summary>Plays until the drill ends or the trainees type <c>end</c> (or the input ends); then runs on to the end.</summary>
    /// <returns>The session.</returns>
    public DrillSession Play()
    {
        console.MarkupLine($"[bold]{Markup.Escape(live.Drill.Name)}[/]: live play. Type [bold]help[/] for the orders.");
        Show(live.RunUntil(0));
        while (!live.Ended)
        {
            console.Markup(Prompt());
            var line = input.ReadLine();
            if (line is null)
            {
                console.WriteLine();
                break;
            }

            if (echo)
            {
                console.WriteLine(line);
            }

            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (text == "end")
            {
                break;
            }

            switch (text)
            {
                case "help":
                    console.WriteLine(Help);
                    continue;
                case "situation":
                    Show(live.Situation());
                    continue;
                case "next":
                    text = "advance next";
                    break;
            }

            Give(text);
        }

        var session = live.Finish();
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"The drill ended at [bold]{session.Outcome.HorizonHours:0.##} h[/]."));
        return session;
    }

    private string Prompt() => string.Create(CultureInfo.InvariantCulture, $"[bold]{live.NowHours:0.##} h>[/] ");

    private void Give(string text)
    {
        var read = DrillLoader.ReadOrderLine(text, live.Drill, live.Given.Count + 1);
        if (read.Order is not { } order)
        {
            foreach (var diagnostic in read.Diagnostics)
            {
                console.MarkupLine($"[red]{diagnostic.Code}[/]: {Markup.Escape(diagnostic.Message)}");
            }

            return;
        }

        var result = live.Issue(order);
        var number = result.Order.Number;
        if (!result.Accepted)
        {
            console.MarkupLine($"[red]order {number} refused[/]: {Markup.Escape(result.Refusal!)} Nothing changed.");
            return;
        }

        var detail = result.Order switch
        {
            DispatchOrder or PrepositionOrder => $"{result.Loads} vehicle load(s)",
            RerouteOrder => $"{result.Loads} waiting load(s) rerouted",
            ProcureOrder => string.Create(CultureInfo.InvariantCulture, $"arrives at {result.UntilHours:0.##} h, costs {result.Cost:N0} {live.Drill.Scenario.Currency.Code}"),
            MutualAidOrder => string.Create(CultureInfo.InvariantCulture, $"mutual aid runs until {result.UntilHours:0.##} h"),
            _ => string.Create(CultureInfo.InvariantCulture, $"clock to {result.UntilHours:0.##} h"),
        };
        console.MarkupLine($"[green]order {number} accepted[/] ({result.Order.Kind}): {Markup.Escape(detail)}");
        if (result.Order is AdvanceOrder)
        {
            Show(live.Situation());
        }
    }

    private void Show(DrillSituation situation)
    {
        var culture = CultureInfo.InvariantCulture;
        console.Write(new Rule(string.Create(culture, $"{situation.NowHours:0.##} h{(situation.Ended ? " (ended)" : string.Empty)}")).LeftJustified());
        if (situation.News.Count > 0)
        {
            console.MarkupLine("[bold]New since the last stop[/]");
            foreach (var news in situation.News)
            {
                console.MarkupLine("  " + Markup.Escape(news));
            }
        }

        var depots = new Table().AddColumns("depot", "commodity", "stock", "promised to waiting loads");
        foreach (var d in situation.Depots)
        {
            depots.AddRow(d.Depot.Value, d.Commodity.Value, Units(d.Units, d.Unit), Units(d.Promised, d.Unit));
        }

        var cities = new Table().AddColumns("city", "commodity", "stock", "on the way", "need per hour", "unmet so far");
        foreach (var c in situation.Cities)
        {
            cities.AddRow(c.City.Value, c.Commodity.Value, Units(c.Stock, c.Unit), Units(c.OnTheWay, c.Unit), Units(c.NeedPerHour, c.Unit), Units(c.UnmetUnits, c.Unit));
        }

        var fleets = new Table().AddColumns("fleet", "depot", "vehicles", "at the depot", "out", "loads waiting");
        foreach (var f in situation.Fleets)
        {
            fleets.AddRow(f.Fleet.Value, f.Depot.Value, Count(f.Vehicles), Count(f.AtDepot), Count(f.Out), Count(f.LoadsWaiting));
        }

        console.Write(depots);
        console.Write(cities);
        console.Write(fleets);
        console.WriteLine(situation.Links.Count == 0
            ? "Links: all open."
            : "Links not open: " + string.Join(", ", situation.Links.Select(l => $"{l.Link} {l.State.ToString().ToLowerInvariant()}")));
        var next = live.Ended ? null : string.Create(culture, $" Next stop at {live.NextStopHours():0.##} h.");
        console.WriteLine($"Orders given so far: {live.Given.Count}.{next}");
    }

    private static string Units(double value, string unit) => string.Create(CultureInfo.InvariantCulture, $"{value:N0} {unit}");

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
