namespace SimWorkbench.Kernel.Tests.Processes;

public sealed class StartTests
{
    [Fact]
    public void A_started_body_runs_like_a_process_from_the_current_time()
    {
        var sim = new Simulation(1);
        var log = new List<string>();
        sim.Start(Trip("first", 2));
        sim.Start(Trip("second", 1));

        sim.Run();

        log.ShouldBe(["first leaves at 0", "second leaves at 0", "second arrives at 1", "first arrives at 2"]);

        IEnumerable<Event> Trip(string name, double hours)
        {
            log.Add($"{name} leaves at {sim.Now}");
            yield return sim.Timeout(hours);
            log.Add($"{name} arrives at {sim.Now}");
        }
    }

    [Fact]
    public void Processes_started_one_after_another_reuse_one_process_object()
    {
        var sim = new Simulation(1);
        var seen = new HashSet<Process>(ReferenceEqualityComparer.Instance);
        var finished = 0;
        sim.Process(Dispatcher());

        sim.Run();

        finished.ShouldBe(100);
        seen.Count.ShouldBeLessThanOrEqualTo(2, "each trip's process is reused once its end has been processed");

        IEnumerable<Event> Dispatcher()
        {
            for (var i = 0; i < 100; i++)
            {
                sim.Start(Trip());
                yield return sim.Timeout(1);
            }
        }

        IEnumerable<Event> Trip()
        {
            seen.Add(sim.ActiveProcess!);
            yield return sim.Timeout(0.5);
            finished++;
        }
    }

    [Fact]
    public void A_started_body_that_throws_stops_the_run_like_an_unobserved_failure()
    {
        var sim = new Simulation(1);
        sim.Start(Broken());

        var error = Should.Throw<EventFailedException>(sim.Run);

        error.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("the axle broke");

        IEnumerable<Event> Broken()
        {
            yield return sim.Timeout(1);
            throw new InvalidOperationException("the axle broke");
        }
    }

    [Fact]
    public void A_started_process_can_be_interrupted_while_it_runs()
    {
        var sim = new Simulation(1);
        Process? driver = null;
        var interruptedAt = double.NaN;
        sim.Start(Drive());
        sim.Process(Stop());

        sim.Run();

        interruptedAt.ShouldBe(3);

        IEnumerable<Event> Drive()
        {
            driver = sim.ActiveProcess;
            yield return sim.Timeout(10);
            if (driver!.HandleInterrupt(out _))
            {
                interruptedAt = sim.Now;
            }
        }

        IEnumerable<Event> Stop()
        {
            yield return sim.Timeout(3);
            driver!.Interrupt();
        }
    }
}
