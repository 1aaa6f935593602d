using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using SimWorkbench.Reporting.Html;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.WhatIf;

namespace SimWorkbench.Reporting.Notebooks;

/// <summary>
/// HTML formatters for a Polyglot notebook (Microsoft.DotNet.Interactive.Formatting): once
/// registered, displaying a <see cref="Scenario"/>, a <see cref="ComparisonResult"/>, a
/// <see cref="WhatIfResult"/>, a <see cref="RunOutcome"/> or a <see cref="DataFrame"/> (as the
/// last expression of a cell, or with <c>display(…)</c>) shows a readable table instead of the
/// object's properties, and a Plotly.NET chart shows as the chart, with plotly.js embedded so that
/// it renders offline (<see cref="StandaloneChart"/>).
/// </summary>
public static class Formatters
{
    /// <summary>The MIME type the formatters write.</summary>
    public const string MimeType = "text/html";

    /// <summary>
    /// Registers the formatters with the kernel's <see cref="Formatter"/>; call once, in the first
    /// cell. Calling again replaces them with the same ones. A DataFrame shows its first 40 rows.
    /// </summary>
    public static void Register()
    {
        Formatter.Register<Scenario>(ScenarioHtml.Of, MimeType);
        Formatter.Register<ComparisonResult>(ComparisonHtml.Of, MimeType);
        Formatter.Register<WhatIfResult>(WhatIfHtml.Of, MimeType);
        Formatter.Register<RunOutcome>(RunOutcomeHtml.Of, MimeType);
        Formatter.Register<DataFrame>(DataFrameHtml.Of, MimeType);
        Formatter.Register<GenericChart>(StandaloneChart.ToHtml, MimeType);
    }
}
