using SimWorkbench.Kernel;
using SimWorkbench.Quantities;
using SimWorkbench.Strategies;
using SimWorkbench.Supply;

namespace SimWorkbench.Drills.Play;

/// <summary>
/// Plays the trainer's script and the trainees' orders inside a running world: fires the injects
/// at their times (a hazard or a data update changing the world through <see cref="WorldChanges"/>), checks and carries out the
/// orders, assesses each expected action at its time limit and fires the contingency injects of
/// those missed. Injects are scheduled before orders, so at the same time an inject comes first.
/// A yardstick's director is given the trainees' fired injects (<paramref name="worldOf"/>): the
/// world changes of contingency injects then come at the times they fired for the trainees, not
/// when the yardstick's own misses fire them, so both face the same world.
/// </summary>
internal sealed class DrillDirector(Drill drill, IReadOnlyList<DrillOrder> orders, SupplyWorld world, IReadOnlyList<FiredInject>? worldOf = null)
{
    private readonly Simulation sim = world.Simulation;
    private readonly List<(ExpectedAction Action, string Inject, double Start, double Deadline)> pending = [];

    public DrillLog Log { get; } = new();

    public List<OrderResult> Results { get; } = [];

    public List<Assessment> Assessments { get; } = [];

    public List<string> Fired { get; } = [];

    public List<FiredInject> FiredAt { get; } = [];

    public void Start()
    {
        foreach (var inject in drill.Injects.Where(i => i.At is not null))
        {
            sim.Process(At(inject.At!.Value.Hours, () => Fire(inject)), $"inject/{inject.Id}");
        }

        foreach (var order in orders)
        {
            sim.Process(At(order.At.Hours, () => Give(order)), $"order/{order.Number}");
        }

        foreach (var fired in worldOf?.Where(f => f.Inject.At is null && WorldChanges.ChangesWorld(f.Inject)) ?? [])
        {
            sim.Process(At(fired.AtHours, () => Change(fired.Inject)), $"world/{fired.Inject.Id}");
        }
    }

    /// <summary>After the run: the expectations whose deadline lies past the end, deliveries and hazards into the log.</summary>
    public void Finish()
    {
        foreach (var (action, inject, start, deadline) in pending)
        {
            var met = MetAt(action, start, drill.End.Hours);
            Record(new Assessment(action, inject, deadline, met, Assessed: met is not null), drill.End.Hours);
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

    private void Give(DrillOrder order)
    {
        var (fleet, refusal) = OrderCheck.Check(world, order);
        var loads = refusal is null ? Carry(order, fleet) : 0;
        Results.Add(new OrderResult(order, refusal, loads));
        Log.Add(sim.Now, w =>
        {
            w.WriteString("type", "order");
            w.WriteNumber("number", order.Number);
            w.WriteString("from", order.From.Value);
            w.WriteString("to", order.To.Value);
            w.WriteString("commodity", order.Commodity.Value);
            w.WriteNumber("amount", order.Amount.Units);
            w.WriteString("result", refusal is null ? "accepted" : "refused");
            if (refusal is null)
            {
                w.WriteNumber("loads", loads);
            }
            else
            {
                w.WriteString("reason", refusal);
            }
        });
    }

    /// <summary>Splits the order into full vehicle loads and a last partial one, each a dispatch of the fleet.</summary>
    private int Carry(DrillOrder order, int fleet)
    {
        var pool = world.Fleets[fleet];
        var perLoad = pool.Fleet.Payload.Kilograms / world.Commodities[world.CommodityIndex(order.Commodity)].MassPerUnit.Kilograms;
        var remaining = order.Amount.Units;
        var loads = 0;
        while (remaining > 0)
        {
            var units = Math.Min(perLoad, remaining);
            world.Carry(new Dispatch(pool.Fleet.Id, order.To, order.Commodity, new Amount(units)));
            remaining -= units;
            loads++;
        }

        return loads;
    }
}
