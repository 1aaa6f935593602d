using Plotly.NET;

namespace SimWorkbench.Reporting.Html;

/// <summary>One chart as a self-contained HTML fragment (plotly.js inline): for notebook outputs, which must render offline.</summary>
public static class StandaloneChart
{
    /// <summary>The chart with plotly.js embedded, ready for a notebook's <c>display(HTML(…))</c>.</summary>
    /// <param name="chart">A Plotly.NET chart.</param>
    /// <returns>HTML that needs no network to display.</returns>
    public static string ToHtml(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return $"<div><script>{PlotlyScript.Code}</script>{GenericChart.toChartHTML(chart)}</div>";
    }
}
