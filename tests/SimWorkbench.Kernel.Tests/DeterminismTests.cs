using System.Globalization;
using SimWorkbench.Kernel.Async;

namespace SimWorkbench.Kernel.Tests;

/// <summary>
/// One seed, one history: a model that mixes iterator and async processes, a resource with
/// reneging, a container, and interrupts produces the same event trace on every run; another
/// seed produces another; and draws on one named stream never shift another stream.
/// </summary>
public sealed class DeterminismTests
{
    private const double Horizon = 400; // hours

    [Fact]
    public void The_same_seed_gives_the_same_trace_run_after_run()
    {
        var first = Workshop.Run(seed: 2024);

        // The model must do what the test claims to cover, or identical traces prove little.
        first.Trace.Count.ShouldBeGreaterThan(2_000);
        first.Trace.ShouldContain(line => line.Contains("reneged", StringComparison.Ordinal));
        first.Trace.ShouldContain(line => line.Contains("interrupted by breakdown", StringComparison.Ordinal));
        first.Trace.ShouldContain(line => line.Contains("Interruption(", StringComparison.Ordinal));
        first.Trace.ShouldContain(line => line.Contains("Get(", StringComparison.Ordinal));
        first.Trace.ShouldContain(line => line.Contains("inspector:", StringComparison.Ordinal));

        for (var run = 0; run < 3; run++)
        {
            Workshop.Run(seed: 2024).Trace.ShouldBe(first.Trace);
        }
    }

    [Fact]
    public void A_different_seed_gives_a_different_trace()
    {
        var first = Workshop.Run(seed: 2024);
        var second = Workshop.Run(seed: 2025);

        second.Trace.ShouldNotBe(first.Trace);
        second.ServiceDraws.ShouldNotBe(first.ServiceDraws);
    }

    [Fact]
    public void Extra_draws_on_one_stream_leave_the_rest_of_the_run_unchanged()
    {
        // The inspector draws from a stream of its own at every visit: nothing else may change,
        // neither what the other streams draw nor, since the draws feed nothing, any event.
        var plain = Workshop.Run(seed: 2024);
        var withDraws = Workshop.Run(seed: 2024, inspectorDrawsPerVisit: 7);

        withDraws.ServiceDraws.ShouldBe(plain.ServiceDraws);
        withDraws.Trace.ShouldBe(plain.Trace);
    }

    [Fact]
    public void An_extra_process_drawing_on_its_own_stream_leaves_the_other_streams_draws_unchanged()
    {
        // A process that draws and waits adds events of its own (so the trace differs), but the
        // service draws, taken in the order jobs start, must be exactly those of the plain run.
        var plain = Workshop.Run(seed: 2024);
        var withNoise = Workshop.Run(seed: 2024, noiseProcess: true);

        withNoise.Trace.Count.ShouldBeGreaterThan(plain.Trace.Count);
        withNoise.ServiceDraws.ShouldBe(plain.ServiceDraws);
    }

    /// <summary>
    /// Jobs arrive, queue for one of two crews and renege if kept waiting too long, work, then
    /// draw material from a stockpile that a supplier refills; breakdowns interrupt working jobs;
    /// an async inspector looks in every five hours.
    /// </summary>
    private sealed class Workshop
    {
        private readonly Simulation _sim;
        private readonly Resource _crews;
        private readonly Container _stock;
        private readonly List<Process> _jobs = [];
        private readonly List<string> _trace = [];
        private readonly List<double> _serviceDraws = [];
        private readonly int _inspectorDrawsPerVisit;

        private Workshop(ulong seed, int inspectorDrawsPerVisit)
        {
            _sim = new Simulation(seed);
            _crews = new Resource(_sim, 2);
            _stock = new Container(_sim, capacity: 40, initial: 10);
            _inspectorDrawsPerVisit = inspectorDrawsPerVisit;
            _sim.EventProcessed += e => Log($"{e}");
        }

        public static (IReadOnlyList<string> Trace, IReadOnlyList<double> ServiceDraws) Run(ulong seed, int inspectorDrawsPerVisit = 0, bool noiseProcess = false)
        {
            var workshop = new Workshop(seed, inspectorDrawsPerVisit);
            var sim = workshop._sim;
            sim.Process(workshop.Arrivals(), "arrivals");
            sim.Process(workshop.Supplier(), "supplier");
            sim.Process(workshop.Breakdowns(), "breakdowns");
            sim.Process(workshop.Inspector, "inspector");
            if (noiseProcess)
            {
                sim.Process(workshop.Noise(), "noise");
            }

            sim.Run(Horizon);
            return (workshop._trace, workshop._serviceDraws);
        }

        private void Log(FormattableString what) => _trace.Add(string.Create(CultureInfo.InvariantCulture, $"{_sim.Now:R} {FormattableString.Invariant(what)}"));

        private IEnumerable<Event> Arrivals()
        {
            var arrivals = _sim.Random("arrivals");
            while (true)
            {
                yield return _sim.Timeout(arrivals.Exponential(0.8));
                _jobs.Add(_sim.Process(Job())); // unnamed: numbered by the simulation
            }
        }

        private IEnumerable<Event> Job()
        {
            var self = _sim.ActiveProcess!;
            var patience = _sim.Random("patience").Exponential(2.0);
            using var crew = _crews.Request();
            yield return crew | _sim.Timeout(patience);
            if (self.HandleInterrupt(out var cause))
            {
                Log($"{self.Name} interrupted by {cause} while queueing");
                yield break;
            }

            if (!crew.IsOk)
            {
                Log($"{self.Name} reneged after {patience:R} h");
                yield break; // leaving the using block withdraws the request
            }

            var hours = _sim.Random("service").Exponential(1.5);
            _serviceDraws.Add(hours);
            Log($"{self.Name} works {hours:R} h");
            yield return _sim.Timeout(hours);
            if (self.HandleInterrupt(out cause))
            {
                Log($"{self.Name} interrupted by {cause} while working");
                yield break;
            }

            var material = 1 + _sim.Random("material").NextInt(6);
            yield return _stock.Get(material);
            if (self.HandleInterrupt(out cause))
            {
                Log($"{self.Name} interrupted by {cause} while waiting for {material} of material");
                yield break;
            }

            Log($"{self.Name} done, stock {_stock.Level:R}");
        }

        private IEnumerable<Event> Supplier()
        {
            var supply = _sim.Random("supply");
            while (true)
            {
                yield return _sim.Timeout(supply.Exponential(3.0));
                var amount = Math.Round(supply.Uniform(1, 12));
                yield return _stock.Put(amount);
                Log($"supplier put {amount:R}, stock {_stock.Level:R}");
            }
        }

        private IEnumerable<Event> Breakdowns()
        {
            var breakdowns = _sim.Random("breakdowns");
            for (var k = 1; ; k++)
            {
                yield return _sim.Timeout(breakdowns.Exponential(4.0));
                var alive = _jobs.Where(j => j.IsAlive).ToList();
                if (alive.Count > 0)
                {
                    var victim = alive[breakdowns.NextInt(alive.Count)];
                    Log($"breakdown-{k} hits {victim.Name}");
                    victim.Interrupt($"breakdown-{k}");
                }
            }
        }

        private async Task Inspector()
        {
            var notes = _sim.Random("inspector-notes");
            while (true)
            {
                await _sim.Timeout(5);
                for (var i = 0; i < _inspectorDrawsPerVisit; i++)
                {
                    notes.NextDouble();
                }

                Log($"inspector: {_crews.Count} crews busy, {_crews.QueueLength} waiting, stock {_stock.Level:R}");
            }
        }

        private IEnumerable<Event> Noise()
        {
            var noise = _sim.Random("noise");
            while (true)
            {
                yield return _sim.Timeout(noise.Exponential(0.5));
                noise.Normal(0, 1);
            }
        }
    }
}
