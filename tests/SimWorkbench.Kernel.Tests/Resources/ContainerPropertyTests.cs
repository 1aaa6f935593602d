using System.Globalization;
using CsCheck;

namespace SimWorkbench.Kernel.Tests.Resources;

/// <summary>
/// Property-based tests of <see cref="Container"/>: random workers put and get random amounts at
/// random times, and are interrupted at random times (which withdraws what they wait for).
/// Whatever the sequence, the level stays within [0, capacity] at every processed event, and
/// what was put minus what was got is exactly the change of level.
/// </summary>
public sealed class ContainerPropertyTests
{
    private const int Iterations = 1_000;

    /// <summary>
    /// Integer amounts, capacities and levels: every sum is an integer below 2^53, so the
    /// conservation check can demand exact equality. Delays are whole hours so that many puts and
    /// gets fall on the same instant.
    /// </summary>
    private static readonly Gen<Scenario> IntegerScenarios =
        Gen.Int[1, 20].SelectMany(capacity => Gen.Select(
            Gen.Int[0, capacity],
            Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Int[1, capacity], (delay, isPut, amount) => new Step(delay, isPut, amount)).Array[1, 12].Array[1, 6],
            Gen.Select(Gen.Int[0, 40], Gen.Int[0, 5], (time, worker) => new Interruption(time, worker)).Array[0, 8],
            (initial, workers, interruptions) => new Scenario(capacity, initial, workers, interruptions)));

    /// <summary>Fractional amounts and times: sums are rounded, so only the bounds are checked.</summary>
    private static readonly Gen<Scenario> FractionalScenarios =
        Gen.Double[0.5, 100].SelectMany(capacity => Gen.Select(
            Gen.Double[0, capacity],
            Gen.Select(Gen.Double[0, 3], Gen.Bool, Gen.Double[1e-3, capacity], (delay, isPut, amount) => new Step(delay, isPut, amount)).Array[1, 12].Array[1, 6],
            Gen.Select(Gen.Double[0, 40], Gen.Int[0, 5], (time, worker) => new Interruption(time, worker)).Array[0, 8],
            (initial, workers, interruptions) => new Scenario(capacity, initial, workers, interruptions)));

    [Fact]
    public void The_level_never_leaves_zero_to_capacity() =>
        IntegerScenarios.Sample(
            scenario =>
            {
                var outcome = Run(scenario);
                outcome.OutOfBounds.ShouldBeEmpty();
            },
            iter: Iterations);

    [Fact]
    public void The_level_never_leaves_zero_to_capacity_with_fractional_amounts() =>
        FractionalScenarios.Sample(
            scenario =>
            {
                var outcome = Run(scenario);
                outcome.OutOfBounds.ShouldBeEmpty();
            },
            iter: Iterations);

    [Fact]
    public void What_was_put_minus_what_was_got_is_exactly_the_change_of_level() =>
        IntegerScenarios.Sample(
            scenario =>
            {
                var outcome = Run(scenario);
                (outcome.Put - outcome.Got).ShouldBe(outcome.FinalLevel - scenario.Initial);
            },
            iter: Iterations);

    [Fact]
    public void The_waiting_counts_are_the_workers_still_waiting_on_a_put_or_a_get() =>
        IntegerScenarios.Sample(
            scenario =>
            {
                // Nothing completed is still counted as waiting, and nothing withdrawn either.
                var outcome = Run(scenario);
                outcome.WaitingPuts.ShouldBe(outcome.WorkersBlockedOnPut);
                outcome.WaitingGets.ShouldBe(outcome.WorkersBlockedOnGet);
            },
            iter: Iterations);

    private static Outcome Run(Scenario scenario)
    {
        var sim = new Simulation(1);
        var stock = new Container(sim, scenario.Capacity, scenario.Initial);
        var outOfBounds = new List<string>();
        sim.EventProcessed += e =>
        {
            if (!(stock.Level >= 0 && stock.Level <= stock.Capacity))
            {
                outOfBounds.Add(string.Create(CultureInfo.InvariantCulture, $"level {stock.Level:R} after {e} at t = {sim.Now:R}"));
            }
        };

        var totals = new Totals();
        var workers = new Process[scenario.Workers.Length];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = sim.Process(Worker(sim, stock, scenario.Workers[i], totals), $"worker-{i}");
        }

        sim.Process(Interrupter(sim, workers, scenario.Interruptions), "interrupter");
        sim.Run();

        return new Outcome(
            outOfBounds,
            totals.Put,
            totals.Got,
            stock.Level,
            stock.WaitingPuts,
            stock.WaitingGets,
            workers.Count(w => w.IsAlive && w.Target is ContainerPut),
            workers.Count(w => w.IsAlive && w.Target is ContainerGet));
    }

    private static IEnumerable<Event> Worker(Simulation sim, Container stock, Step[] steps, Totals totals)
    {
        foreach (var step in steps)
        {
            yield return sim.Timeout(step.Delay);
            sim.ActiveProcess!.HandleInterrupt(out _); // interrupted while pausing: go on

            Event operation = step.IsPut ? stock.Put(step.Amount) : stock.Get(step.Amount);
            yield return operation;

            // Read in the step it resumes (a processed put or get is recycled). An interrupt
            // withdraws a put or get still waiting; one that completed at the same instant as
            // the interrupt stays completed.
            sim.ActiveProcess!.HandleInterrupt(out _);
            if (operation.IsOk)
            {
                if (step.IsPut)
                {
                    totals.Put += step.Amount;
                }
                else
                {
                    totals.Got += step.Amount;
                }
            }
        }
    }

    private static IEnumerable<Event> Interrupter(Simulation sim, Process[] workers, Interruption[] interruptions)
    {
        foreach (var interruption in interruptions.OrderBy(i => i.Time))
        {
            yield return sim.Timeout(Math.Max(0, interruption.Time - sim.Now));
            var target = workers[interruption.Worker % workers.Length];
            if (target.IsAlive)
            {
                target.Interrupt("test");
            }
        }
    }

    private sealed record Step(double Delay, bool IsPut, double Amount)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"wait {Delay:R} h, {(IsPut ? "put" : "get")} {Amount:R}");
    }

    private sealed record Interruption(double Time, int Worker)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"interrupt worker {Worker} at {Time:R} h");
    }

    private sealed record Scenario(double Capacity, double Initial, Step[][] Workers, Interruption[] Interruptions)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"capacity {Capacity:R}, initial {Initial:R}; ")
            + string.Join("; ", Workers.Select((steps, i) => $"worker {i}: [{string.Join(", ", steps.AsEnumerable())}]"))
            + "; " + string.Join(", ", Interruptions.AsEnumerable());
    }

    private sealed class Totals
    {
        public double Put { get; set; }

        public double Got { get; set; }
    }

    private sealed record Outcome(
        IReadOnlyList<string> OutOfBounds,
        double Put,
        double Got,
        double FinalLevel,
        int WaitingPuts,
        int WaitingGets,
        int WorkersBlockedOnPut,
        int WorkersBlockedOnGet);
}
