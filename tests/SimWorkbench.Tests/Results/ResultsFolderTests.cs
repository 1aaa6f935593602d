using SimWorkbench.Results;

namespace SimWorkbench.Tests.Results;

public sealed class ResultsFolderTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("simwb-results-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void Files_appear_at_the_destination_only_when_complete()
    {
        using var folder = ResultsFolder.Begin(_parent, "metro-compare");
        folder.WriteText("metrics/summary.csv", "metric,value\n");

        Directory.Exists(folder.Destination).ShouldBeFalse();

        var done = folder.Complete();

        done.ShouldBe(Path.Combine(_parent, "metro-compare"));
        File.ReadAllText(Path.Combine(done, "metrics", "summary.csv")).ShouldBe("metric,value\n");
        Directory.Exists(folder.WorkingPath).ShouldBeFalse();
    }

    [Fact]
    public void A_folder_abandoned_before_completion_leaves_nothing()
    {
        string working;
        using (var folder = ResultsFolder.Begin(_parent, "failed-run"))
        {
            folder.WriteText("events.jsonl", "{}\n");
            working = folder.WorkingPath;
        }

        Directory.Exists(working).ShouldBeFalse();
        Directory.EnumerateFileSystemEntries(_parent).ShouldBeEmpty();
    }

    [Fact]
    public void An_existing_results_folder_is_never_overwritten()
    {
        Directory.CreateDirectory(Path.Combine(_parent, "run"));
        Directory.CreateDirectory(Path.Combine(_parent, "run-2"));
        using var folder = ResultsFolder.Begin(_parent, "run");

        folder.Complete().ShouldBe(Path.Combine(_parent, "run-3"));
    }

    [Fact]
    public void A_working_folder_left_by_a_killed_process_is_removed_by_the_next_run()
    {
        // No process has this id (Linux caps ids far below it), as after a run killed mid-write.
        var orphan = Path.Combine(_parent, ".incomplete-run-2000000000");
        Directory.CreateDirectory(orphan);
        File.WriteAllText(Path.Combine(orphan, "half.csv"), "a,b\n1,");

        using var folder = ResultsFolder.Begin(_parent, "run");

        Directory.Exists(orphan).ShouldBeFalse();
    }

    [Fact]
    public void A_path_that_would_leave_the_folder_is_refused()
    {
        using var folder = ResultsFolder.Begin(_parent, "run");

        Should.Throw<ArgumentException>(() => folder.WriteText("../escape.txt", "x"));
    }
}
