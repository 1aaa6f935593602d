namespace SimWorkbench.Reporting.Charts;

/// <summary>The colours the charts share, so that a strategy has one colour on every chart.</summary>
internal static class Palette
{
    private static readonly string[] Strategies = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"];

    public const string Open = "#9aa5b1";
    public const string Degraded = "#f0a202";
    public const string Closed = "#d62728";
    public const string City = "#1f4e79";
    public const string Depot = "#2ca02c";
    public const string Hazard = "rgba(120,120,120,0.55)";

    /// <summary>Strategy k's colour.</summary>
    public static string Strategy(int k) => Strategies[k % Strategies.Length];

    /// <summary>Strategy k's colour as a translucent fill for its band (<paramref name="alpha"/>: its opacity).</summary>
    public static string Band(int k, double alpha = 0.18)
    {
        var hex = Strategy(k);
        var r = Convert.ToInt32(hex[1..3], 16);
        var g = Convert.ToInt32(hex[3..5], 16);
        var b = Convert.ToInt32(hex[5..7], 16);
        return FormattableString.Invariant($"rgba({r},{g},{b},{alpha})");
    }
}
