using SimWorkbench.Drills;

namespace SimWorkbench.Reporting.Tests;

/// <summary>The example drill (the metro earthquake's first 72 hours) played with its rehearsal orders and reviewed, shared by the after-action report tests.</summary>
public sealed class MetroDrill
{
    public MetroDrill()
    {
        var drills = Path.Combine(FindRoot(), "scenarios", "drills");
        var loaded = DrillLoader.Load(Path.Combine(drills, "metro-earthquake-72h.yaml"));
        Drill = loaded.Drill ?? throw new InvalidOperationException(string.Join('\n', loaded.Diagnostics));
        var orders = DrillLoader.LoadOrders(Path.Combine(drills, "metro-earthquake-72h.orders.yaml"), Drill);
        Session = DrillPlay.Play(Drill, orders.Orders ?? throw new InvalidOperationException(string.Join('\n', orders.Diagnostics)));
        Review = AfterActionReview.Of(Drill, Session);
    }

    public Drill Drill { get; }

    public DrillSession Session { get; }

    public AfterActionReview Review { get; }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SimWorkbench.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with SimWorkbench.sln) is not above the test's folder.");
    }
}
