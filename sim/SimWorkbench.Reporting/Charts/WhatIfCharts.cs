using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.CSharp;
using SimWorkbench.Reporting.Frames;
using SimWorkbench.WhatIf;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SimWorkbench.Reporting.Charts;

/// <summary>
/// The charts of a what-if against its baseline, as Plotly.NET charts (display one offline with
/// <see cref="Html.StandaloneChart.ToHtml"/>, or as a cell's value once <see cref="Notebooks.Formatters.Register"/> has run).
/// </summary>
public static class WhatIfCharts
{
    /// <summary>
    /// Service level Q(d) of one strategy and commodity in both scenarios: the mean over
    /// replications as a line, and its 95% confidence interval as a band, per scenario.
    /// </summary>
    /// <param name="result">The what-if comparison.</param>
    /// <param name="strategy">The strategy's id.</param>
    /// <param name="commodity">The commodity's id.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">The comparison has no such strategy or commodity.</exception>
    public static GenericChart ServiceLevelChart(this WhatIfResult result, string strategy, string commodity)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = IndexOf(result, strategy);
        var traces = new List<GenericChart>();
        foreach (var (comparison, label) in new[] { (result.Baseline, WhatIfFrames.BaselineLabel), (result.Variant, WhatIfFrames.VariantLabel) })
        {
            var band = comparison.ServiceLevels.FirstOrDefault(b => b.Strategy == s && b.Commodity == commodity)
                ?? throw new ArgumentException($"No commodity '{commodity}'; the scenario has {string.Join(", ", result.Baseline.Scenario.Commodities.Select(c => c.Id))}.", nameof(commodity));
            var days = Enumerable.Range(0, band.Days.Count).Select(d => d + 0.5).ToArray();
            traces.Add(CSharpChart.Range<double, double, string>(
                x: days,
                y: band.Days.Select(q => q.Mean).ToArray(),
                upper: band.Days.Select(q => Bound(q.ConfidenceUpper, q.Mean)).ToArray(),
                lower: band.Days.Select(q => Bound(q.ConfidenceLower, q.Mean)).ToArray(),
                mode: StyleParam.Mode.Lines,
                Name: $"{label}: {comparison.Scenario.Name}"));
        }

        return Titled(GenericChart.combine(traces), $"Service level Q(d) of {commodity} under '{strategy}': baseline and what-if (mean, 95% CI)")
            .WithXAxisStyle<double, double, string>(TitleText: "day")
            .WithYAxisStyle<double, double, string>(TitleText: "Q: share of need met");
    }

    /// <summary>
    /// Where the what-if hits: the change in each city's fill rate of one commodity (what-if −
    /// baseline, mean over replications), one bar per strategy; bars below zero are cities the
    /// what-if left worse supplied.
    /// </summary>
    /// <param name="result">The what-if comparison.</param>
    /// <param name="commodity">The commodity's id.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">The comparison has no such commodity.</exception>
    public static GenericChart CityChangeChart(this WhatIfResult result, string commodity)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Baseline.Scenario.Commodities.Select(x => x.Id.Value).ToList().IndexOf(commodity);
        if (c < 0)
        {
            throw new ArgumentException($"No commodity '{commodity}'; the scenario has {string.Join(", ", result.Baseline.Scenario.Commodities.Select(x => x.Id))}.", nameof(commodity));
        }

        var traces = new List<GenericChart>();
        for (var s = 0; s < result.Baseline.Strategies.Count; s++)
        {
            var before = result.Baseline.Runs[s];
            var after = result.Variant.Runs[s];
            var cities = before[0].Overall[c].Cities;
            var change = Enumerable.Range(0, cities.Length)
                .Select(i => after.Average(r => r.Overall[c].Cities[i].FillRate) - before.Average(r => r.Overall[c].Cities[i].FillRate))
                .ToArray();
            traces.Add(CSharpChart.Column<double, string, string>(
                values: change,
                Keys: cities.Select(x => x.CityId).ToArray(),
                Name: result.Baseline.Strategies[s].Value));
        }

        return Titled(GenericChart.combine(traces), $"Change in each city's fill rate of {commodity}: what-if − baseline (mean over replications)")
            .WithXAxisStyle<double, double, string>(TitleText: "city")
            .WithYAxisStyle<double, double, string>(TitleText: "change in fill rate");
    }

    private static GenericChart Titled(GenericChart chart, string title) =>
        Plotly.NET.Chart.withTitle(title, FSharpOption<Font>.None).Invoke(chart);

    /// <summary>A bound of the interval, or the mean itself when the interval is undefined (one replication).</summary>
    private static double Bound(double bound, double mean) => double.IsNaN(bound) ? mean : bound;

    private static int IndexOf(WhatIfResult result, string strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var s = result.Baseline.Strategies.Select(x => x.Value).ToList().IndexOf(strategy);
        return s >= 0 ? s
            : throw new ArgumentException($"No strategy '{strategy}' in this comparison; it has {string.Join(", ", result.Baseline.Strategies)}.", nameof(strategy));
    }
}
