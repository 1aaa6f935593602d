using System.Globalization;
using System.Text.RegularExpressions;

namespace SimWorkbench.Notebooks.Tests;

public sealed partial class NotebookTests
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

    [Fact]
    public async Task The_what_if_notebook_finds_the_island_cut_off_from_a_central_reserve()
    {
        var outputs = await RunOnce("01-what-if.ipynb");

        // The text says: with the bridge down, Bay Island gets nothing under the centralised
        // strategy (no stock on the island, no fleet on the ferry), where it got something in the
        // baseline. Columns: strategy, commodity, city, population, baseline fill rate, what-if fill rate.
        var island = outputs.Single(o => o.Contains("<th>baseline_fill_rate</th>", StringComparison.Ordinal) && o.Contains("bay-island", StringComparison.Ordinal));
        foreach (var commodity in Commodities)
        {
            var row = TableRow(island, "centralised", commodity, "bay-island");
            row[4].ShouldNotBe("0");
            row[5].ShouldBe("0");
        }

        // The text says: with 30% of the reserve in the districts, the first delivery comes sooner
        // for every commodity. Columns of the filtered DifferenceFrame: metric, …, change (last).
        var changes = outputs.Single(o => o.Contains("<th>what_if_mean</th>", StringComparison.Ordinal));
        foreach (var commodity in Commodities)
        {
            TableRow(changes, $"{commodity}.time_to_first_delivery")[^1].ShouldBe("better");
        }

        outputs.ShouldContain(o => o.Contains("\"name\":\"what-if: 30% of the reserve in the districts\"", StringComparison.Ordinal));
        outputs.ShouldContain(o => o.Contains("\"name\":\"hybrid\"", StringComparison.Ordinal) && o.Contains("Change in each city", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_strategy_notebook_finds_speed_in_local_stock_and_coverage_in_the_reserve()
    {
        var outputs = await RunOnce("02-centralised-vs-distributed.ipynb");

        // The two "wins" tables (quake, then flood): metric, unit, headline, first, second, …, better (last).
        var wins = outputs.Where(o => o.Contains("<th>excludes_zero</th>", StringComparison.Ordinal)).ToList();
        wins.Count.ShouldBe(2);
        var (quake, flood) = (wins[0], wins[1]);

        // The text says: in the earthquake, local stock reaches people first (water, food), and the
        // central reserve serves more food in total.
        foreach (var commodity in new[] { "water", "food" })
        {
            TableRow(quake, $"{commodity}.time_to_first_delivery", null, "yes", "centralised", "distributed")[^1].ShouldBe("distributed");
        }

        TableRow(quake, "food.fill_rate", null, "yes", "centralised", "distributed")[^1].ShouldBe("centralised");

        // In the flood the order reverses for food.
        TableRow(flood, "food.fill_rate", null, "yes", "centralised", "distributed")[^1].ShouldBe("distributed");
        outputs.Count(o => o.Contains("\"name\":\"hybrid\"", StringComparison.Ordinal)).ShouldBe(2); // the two service-level charts
    }

    [Fact]
    public async Task The_sweep_notebook_finds_little_effect_of_warning_or_pre_positioned_share()
    {
        var outputs = await RunOnce("03-sweep-analysis.ipynb");

        // The sweep ran through the library from a dll loaded by path: 8 points × 2 strategies × 2 replications.
        outputs.ShouldContain(o => o.Contains("32 runs, 0 failed", StringComparison.Ordinal));

        // The runs table holds the warning as a number of hours in a column named with its unit,
        // which the charts and the fit read as doubles with no conversion of text such as "36.8 h".
        var head = outputs.Single(o => o.Contains("<th>run_index</th>", StringComparison.Ordinal));
        head.ShouldContain("<th>hazards.aster-flood.warning [h]</th>");
        head.ShouldNotContain(" h</td>");
        outputs.Count(o => o.Contains("\"name\":\"hybrid\"", StringComparison.Ordinal) && o.Contains("\"name\":\"distributed\"", StringComparison.Ordinal)).ShouldBe(2);

        // The text says: every slope is below 0.01 in absolute value, and the hybrid's mean index is
        // within 0.01 of the distributed's for water and food. Columns: strategy, metric, mean, per_24h_warning, per_0.1_share.
        var trends = outputs.Single(o => o.Contains("<th>per_24h_warning</th>", StringComparison.Ordinal));
        foreach (var strategy in new[] { "hybrid", "distributed" })
        {
            foreach (var commodity in Commodities)
            {
                var row = TableRow(trends, strategy, $"{commodity}.resilience_index");
                Math.Abs(Number(row[3])).ShouldBeLessThan(0.01);
                Math.Abs(Number(row[4])).ShouldBeLessThan(0.01);
            }
        }

        foreach (var commodity in new[] { "water", "food" })
        {
            var hybrid = Number(TableRow(trends, "hybrid", $"{commodity}.resilience_index")[2]);
            var distributed = Number(TableRow(trends, "distributed", $"{commodity}.resilience_index")[2]);
            Math.Abs(hybrid - distributed).ShouldBeLessThan(0.01);
        }
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_drill_notebook_finds_the_trainees_met_every_action_yet_fell_behind_every_allocator()
    {
        var outputs = await RunOnce("04-drill-after-action.ipynb");

        outputs[0].ShouldContain("the replay matches it line for line");

        // The orders file says order 3 is the deliberate mistake: Old Town's local depot has no
        // vehicles under the centralised strategy. Columns: hour, type, what, detail, result, reason.
        var decisions = outputs.First(o => o.Contains("<th>reason</th>", StringComparison.Ordinal));
        var refused = TableRow(decisions, null, "order", "#3 local-old-town → university");
        refused[4].ShouldBe("refused");
        refused[5].ShouldStartWith("no-fleet");

        // The text says: the trainees meet all three expected actions, so the contingency C1 never fires.
        var expected = outputs.Single(o => o.Contains("<th>met_at_h</th>", StringComparison.Ordinal));
        foreach (var action in new[] { "water-old-town", "kits-harbour", "water-bay-island" })
        {
            TableRow(expected, action)[^1].ShouldBe("met");
        }

        expected.ShouldNotContain("water-old-town-late");

        // The text says: better than no orders for every commodity, worse than every automatic
        // strategy. Columns: row, commodity, fill_rate, …, met, missed.
        var metrics = outputs.Single(o => o.Contains("<th>social_cost</th>", StringComparison.Ordinal));
        foreach (var commodity in Commodities)
        {
            var trainees = FillRate(TableRow(metrics, "trainees", commodity));
            FillRate(TableRow(metrics, "no orders", commodity)).ShouldBeLessThan(trainees);
            foreach (var strategy in new[] { "centralised", "distributed", "hybrid" })
            {
                FillRate(TableRow(metrics, $"automatic: {strategy}", commodity)).ShouldBeGreaterThan(trainees);
            }
        }

        TableRow(metrics, "trainees", "water")[^2..].ShouldBe(["3", "0"]);

        // The text says: never behind "no orders"; behind distributed and hybrid from the shock
        // (6-12 h); behind the automatic centralised strategy in water only after the last order (36 h).
        // Columns: against, commodity, from_h, to_h, ….
        var gaps = outputs.Single(o => o.Contains("<th>widened_units</th>", StringComparison.Ordinal));
        gaps.ShouldNotContain("no orders");
        foreach (var strategy in new[] { "distributed", "hybrid" })
        {
            TableRow(gaps, $"automatic: {strategy}", "water")[2..4].ShouldBe(["6", "12"]);
        }

        double.Parse(TableRow(gaps, "automatic: centralised", "water")[2], CultureInfo.InvariantCulture).ShouldBeGreaterThan(36);
        outputs.Count(o => o.Contains("\"name\":\"trainees\"", StringComparison.Ordinal) && o.Contains("\"name\":\"no orders\"", StringComparison.Ordinal)).ShouldBe(3);
    }

    private static double FillRate(string[] row) => double.Parse(row[2], CultureInfo.InvariantCulture);

    private static readonly string[] Commodities = ["water", "food", "medical"];

    /// <summary>The cells of the first table row whose leading cells are <paramref name="leading"/> (null: any).</summary>
    private static string[] TableRow(string html, params string?[] leading)
    {
        foreach (Match row in Row().Matches(html))
        {
            var cells = Cell().Matches(row.Value).Select(c => System.Net.WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray();
            if (cells.Length > leading.Length && leading.Select((l, i) => l is null || cells[i] == l).All(x => x))
            {
                return cells;
            }
        }

        throw new InvalidOperationException($"No table row starting {string.Join(", ", leading.Select(l => l ?? "*"))}.");
    }

    [GeneratedRegex("<tr>.*?</tr>")]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>(.*?)</td>")]
    private static partial Regex Cell();

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
