namespace SimWorkbench.Notebooks.Tests;

public sealed class NotebookTests
{
    private static readonly string Root = FindRepositoryRoot();

    // Each notebook runs once per test run, whichever tests read its outputs.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<string>>>> Runs = new();

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_notebook_runs_from_top_to_bottom(string name)
    {
        var outputs = await RunOnce(name);

        outputs.ShouldNotBeEmpty();
        var folder = Path.Combine(Root, "results", "notebooks", Path.GetFileNameWithoutExtension(name));
        Directory.CreateDirectory(folder);
        for (var i = 0; i < outputs.Count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"output-{i + 1}.html"), outputs[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_notebook_is_a_polyglot_csharp_notebook(string name)
    {
        var notebook = NotebookDocument.Load(Path.Combine(Root, "notebooks", name));

        notebook.KernelName.ShouldBe(".net-csharp");
        notebook.Cells.ShouldContain(c => c.IsCSharpCode);
        notebook.Cells.Where(c => c.Type == "code").ShouldAllBe(c => c.Kernel == "csharp");
        notebook.Cells[0].Type.ShouldBe("markdown"); // it states its question first
    }

    [Fact]
    public async Task The_kernel_notebook_finds_the_simulated_wait_near_erlang_c()
    {
        var outputs = await RunOnce("00-kernel-against-theory.ipynb");

        // Erlang C for c = 4, lambda = 3.6, mu = 1 is 1.9694 h; the notebook's 40 independent runs
        // must hold it within their 95% confidence interval (a check that can fail, and does if
        // the kernel's queueing or random numbers are off).
        var text = outputs[0];
        text.ShouldContain("Erlang C: 1.9694 h");
        text.ShouldContain("Erlang C is inside the interval");
        // The chart carries both traces' data (plotly.js itself is embedded too, so its code
        // proves nothing): the simulated waits and the Erlang C line.
        outputs[1].ShouldContain("\"name\":\"simulated mean wait\"");
        outputs[1].ShouldContain("\"name\":\"Erlang C\"");
    }

    private static Task<IReadOnlyList<string>> RunOnce(string name) =>
        Runs.GetOrAdd(name, n => new Lazy<Task<IReadOnlyList<string>>>(
            () => NotebookRunner.RunAsync(NotebookDocument.Load(Path.Combine(Root, "notebooks", n))))).Value;

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SimWorkbench.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with SimWorkbench.sln) was not found above the test's folder.");
    }
}
