using System.Globalization;
using System.Text;
using SimWorkbench.Runs;

namespace SimWorkbench.Drills;

/// <summary>
/// The after-action review of a drill session: the trainees' metrics beside "no orders" (their
/// strategy, nothing shipped) and beside each of the scenario's strategies allocating on its own,
/// every one played with the same injects on the same random streams and in the trainees' world
/// (hazards and data updates of contingency injects at the times they fired for the trainees);
/// and, against each yardstick, the moments where the gap opened.
/// </summary>
/// <param name="Rows">The trainees first, then "no orders", then each automatic strategy in scenario order.</param>
/// <param name="Gaps">Per yardstick and commodity, the window where the trainees fell furthest behind (only where they did).</param>
public sealed record AfterActionReview(IReadOnlyList<AfterActionRow> Rows, IReadOnlyList<GapMoment> Gaps)
{
    /// <summary>The width of the windows in which the gap is measured, in hours.</summary>
    public const int WindowHours = 6;

    /// <summary>Plays the yardsticks and compares them with the trainees' session.</summary>
    /// <param name="drill">The drill played.</param>
    /// <param name="trainees">The trainees' session (from <see cref="DrillPlay.Play(Drill, IReadOnlyList{DrillOrder})"/>).</param>
    /// <returns>The review.</returns>
    public static AfterActionReview Of(Drill drill, DrillSession trainees)
    {
        ArgumentNullException.ThrowIfNull(drill);
        ArgumentNullException.ThrowIfNull(trainees);

        // The yardsticks play as long as the trainees did: a drill its end condition ended early is compared over the same hours.
        drill = drill with { End = new Quantities.Duration(trainees.Outcome.HorizonHours), Until = null };
        var rows = new List<AfterActionRow>
        {
            new("trainees", trainees),
            new("no orders", DrillPlay.PlayNoOrders(drill, trainees)),
        };
        rows.AddRange(drill.Scenario.Strategies.Select(s => new AfterActionRow($"automatic: {s.Id}", DrillPlay.PlayAutomatic(drill, s.Id, trainees))));
        var gaps = new List<GapMoment>();
        foreach (var yardstick in rows.Skip(1))
        {
            for (var c = 0; c < drill.Scenario.Commodities.Count; c++)
            {
                if (Widest(yardstick.Label, trainees.Outcome, yardstick.Session.Outcome, c) is { } gap)
                {
                    gaps.Add(gap with { Commodity = drill.Scenario.Commodities[c].Id });
                }
            }
        }

        return new AfterActionReview(rows, gaps);
    }

    /// <summary>The table as CSV: one line per row and commodity.</summary>
    /// <returns>The CSV text, with a header line.</returns>
    public string MetricsCsv()
    {
        var text = new StringBuilder("row,strategy,commodity,fill_rate,unmet_person_days,deprivation_cost,social_cost,vehicle_km,expectations_met,expectations_missed\n");
        foreach (var row in Rows)
        {
            foreach (var overall in row.Metrics.Overall.Select((o, c) => (o, c)))
            {
                var commodity = row.Session.Outcome.Commodities[overall.c];
                text.Append(CultureInfo.InvariantCulture,
                    $"{row.Label},{row.Strategy},{commodity},{Number(overall.o.FillRate)},{Number(overall.o.UnmetPersonDays)},{Number(overall.o.DeprivationCost)},{Number(row.Metrics.SocialCost)},{Number(row.Metrics.VehicleKilometres)},{row.ExpectationsMet},{row.ExpectationsMissed}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The gap moments as CSV.</summary>
    /// <returns>The CSV text, with a header line.</returns>
    public string GapsCsv()
    {
        var text = new StringBuilder("against,commodity,from_h,to_h,widened_units,gap_at_end_units\n");
        foreach (var gap in Gaps)
        {
            text.Append(CultureInfo.InvariantCulture, $"{gap.Against},{gap.Commodity},{Number(gap.FromHours)},{Number(gap.ToHours)},{Number(gap.WidenedUnits)},{Number(gap.GapAtEndUnits)}\n");
        }

        return text.ToString();
    }

    private static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The window where Σ over cities of (unmet by the trainees − unmet by the yardstick) grew most, if it grew at all.</summary>
    private static GapMoment? Widest(string against, RunOutcome trainees, RunOutcome yardstick, int commodity)
    {
        var hours = trainees.Need.Hours;
        var gap = new double[hours + 1];
        for (var h = 0; h < hours; h++)
        {
            var step = 0.0;
            for (var i = 0; i < trainees.Cities.Count; i++)
            {
                step += Unmet(trainees, i, commodity, h) - Unmet(yardstick, i, commodity, h);
            }

            gap[h + 1] = gap[h] + step;
        }

        var window = Math.Min(WindowHours, hours);
        var best = (From: 0, Widened: 0.0);
        for (var h = 0; h + window <= hours; h++)
        {
            var widened = gap[h + window] - gap[h];
            if (widened > best.Widened)
            {
                best = (h, widened);
            }
        }

        return best.Widened > 0
            ? new GapMoment(against, trainees.Commodities[commodity], best.From, best.From + window, best.Widened, gap[hours])
            : null;
    }

    private static double Unmet(RunOutcome outcome, int city, int commodity, int hour)
    {
        var need = outcome.Need[city, commodity, hour];
        return need - Math.Clamp(outcome.Served[city, commodity, hour], 0, need);
    }
}
