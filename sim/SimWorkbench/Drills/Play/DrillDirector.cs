using SimWorkbench.Kernel;
using SimWorkbench.Supply;

namespace SimWorkbench.Drills.Play;

/// <summary>
/// Plays the trainer's script and the trainees' orders inside a running world: fires the injects
/// at their times (a hazard or a data update changing the world through <see cref="WorldChanges"/>),
/// assesses each expected action at its time limit and fires the contingency injects of those
/// missed. The trainees' orders are the <see cref="OrderDesk"/>'s: they are given after everything
/// the world does at their time, so at the same time an inject comes first.
/// A yardstick's director is given the trainees' fired injects (<paramref name="worldOf"/>): the
/// world changes of contingency injects then come at the times they fired for the trainees, not
/// when the yardstick's own misses fire them, so both face the same world.
/// </summary>
internal sealed class DrillDirector(Drill drill, SupplyWorld world, IReadOnlyList<FiredInject>? worldOf = null)
{
    private readonly Simulation sim = world.Simulation;
    private readonly List<(ExpectedAction Action, string Inject, double Start, double Deadline)> pending = [];

    public DrillLog Log { get; } = new();

    public List<Assessment> Assessments { get; } = [];

    public List<string> Fired { get; } = [];

    public List<FiredInject> FiredAt { get; } = [];

    public void Start()
    {
        foreach (var inject in drill.Injects.Where(i => i.At is not null))
        {
            sim.Process(At(inject.At!.Value.Hours, () => Fire(inject)), $"inject/{inject.Id}");
        }

        foreach (var fired in worldOf?.Where(f => f.Inject.At is null && WorldChanges.ChangesWorld(f.Inject)) ?? [])
        {
            sim.Process(At(fired.AtHours, () => Change(fired.Inject)), $"world/{fired.Inject.Id}");
        }
    }

    /// <summary>The time limits of the expected actions not yet assessed, in hours from the start.</summary>
    public IEnumerable<double> PendingDeadlines => pending.Select(p => p.Deadline);

    /// <summary>True when every timed inject has fired and no expected action waits for its assessment.</summary>
    public bool AllAssessed => pending.Count == 0 && drill.Injects.All(i => i.At is null || Fired.Contains(i.Id));

    /// <summary>After the run: the expectations whose deadline lies past the end, deliveries and hazards into the log.</summary>
    /// <param name="endHours">When the drill ended, in hours from the start.</param>
    public void Finish(double endHours)
    {
        foreach (var (action, inject, start, deadline) in pending)
        {
            var met = MetAt(action, start, endHours);
            Record(new Assessment(action, inject, deadline, met, Assessed: met is not null), endHours);
        }

        foreach (var delivery in world.Deliveries)
        {
            Log.Add(delivery.TimeHours, w =>
            {
                w.WriteString("type", "delivery");
                w.WriteString("city", delivery.City.Value);
                w.WriteString("commodity", delivery.Commodity.Value);
                w.WriteNumber("amount", delivery.Amount.Units);
            });
        }

        foreach (var hazard in world.Strikes.Log)
        {
            Log.Add(hazard.OnsetHours, w =>
            {
                w.WriteString("type", "hazard");
                w.WriteString("id", hazard.Id.Value);
                w.WriteString("kind", hazard.Kind.ToString());
                w.WriteNumber("damaged", hazard.Damaged.Count);
            });
        }
    }

    private IEnumerable<Event> At(double hours, Action act)
    {
        if (hours > sim.Now)
        {
            yield return sim.Timeout(hours - sim.Now);
        }

        act();
    }

    private void Fire(Inject inject)
    {
        var now = sim.Now;
        Fired.Add(inject.Id);
        FiredAt.Add(new FiredInject(inject, now));
        Log.Add(now, w =>
        {
            w.WriteString("type", "inject");
            w.WriteString("id", inject.Id);
            w.WriteString("kind", inject.Kind.ToString());
            if (inject.To is { } to)
            {
                w.WriteString("to", to);
            }

            w.WriteString("text", inject.Text);
        });
        if (worldOf is null || inject.At is not null)
        {
            Change(inject);
        }

        foreach (var action in inject.Expected)
        {
            var deadline = now + action.Within.Hours;
            var entry = (action, inject.Id, now, deadline);
            pending.Add(entry);
            sim.Process(At(deadline, () => Assess(entry)), $"expect/{action.Id}");
        }
    }

    private void Change(Inject inject)
    {
        WorldChanges.Apply(drill, inject, world);
        if (inject.Update is { } update)
        {
            Log.Add(sim.Now, w =>
            {
                w.WriteString("type", "update");
                w.WriteString("inject", inject.Id);
                w.WriteString("change", update.Describe(sim.Now));
            });
        }
    }

    private void Assess((ExpectedAction Action, string Inject, double Start, double Deadline) entry)
    {
        pending.Remove(entry);
        var met = MetAt(entry.Action, entry.Start, entry.Deadline);
        Record(new Assessment(entry.Action, entry.Inject, entry.Deadline, met, Assessed: true), sim.Now);
        if (met is null)
        {
            foreach (var contingency in drill.Injects.Where(i => i.IfMissed == entry.Action.Id))
            {
                Fire(contingency);
            }
        }
    }

    private void Record(Assessment assessment, double now)
    {
        Assessments.Add(assessment);
        Log.Add(now, w =>
        {
            w.WriteString("type", "expectation");
            w.WriteString("id", assessment.Action.Id);
            w.WriteString("inject", assessment.Inject);
            w.WriteString("result", assessment.Met ? "met" : assessment.Assessed ? "missed" : "open");
            DrillLog.Number(w, "met_at", assessment.MetAtHours);
            w.WriteNumber("deadline", assessment.DeadlineHours);
        });
    }

    /// <summary>When the deliveries of the commodity to the city since <paramref name="start"/> first summed to the amount, if by <paramref name="until"/>.</summary>
    private double? MetAt(ExpectedAction action, double start, double until)
    {
        var sum = 0.0;
        foreach (var delivery in world.Deliveries)
        {
            if (delivery.TimeHours < start || delivery.TimeHours > until || delivery.City != action.City || delivery.Commodity != action.Commodity)
            {
                continue;
            }

            sum += delivery.Amount.Units;
            if (sum >= action.Amount.Units)
            {
                return delivery.TimeHours;
            }
        }

        return null;
    }
}
