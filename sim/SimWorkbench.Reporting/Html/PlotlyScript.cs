namespace SimWorkbench.Reporting.Html;

/// <summary>
/// The plotly.js library that Plotly.NET carries inside its assembly: embedded once in each
/// report so that the report opens offline, with no request to a CDN.
/// </summary>
public static class PlotlyScript
{
    private static readonly Lazy<(string Version, string Code)> Library = new(Load);

    /// <summary>The plotly.js version, e.g. "2.28.0".</summary>
    public static string Version => Library.Value.Version;

    /// <summary>The minified plotly.js source.</summary>
    public static string Code => Library.Value.Code;

    private static (string Version, string Code) Load()
    {
        // The resource is named "Plotly.NET.plotly-<version>.min.js".
        const string Prefix = "Plotly.NET.plotly-";
        const string Suffix = ".min.js";
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .Single(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plotly.NET does not carry '{name}'.");
        using var reader = new StreamReader(stream);
        return (name[Prefix.Length..^Suffix.Length], reader.ReadToEnd());
    }
}
