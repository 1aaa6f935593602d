namespace SimWorkbench.Tests.Metrics;

/// <summary>Builds hourly series for the tests: constant runs of a per-hour amount.</summary>
internal static class Hourly
{
    /// <summary>Concatenates runs of (hours, amount per hour).</summary>
    public static double[] Runs(params (int Hours, double PerHour)[] runs)
    {
        var series = new List<double>();
        foreach (var (hours, perHour) in runs)
        {
            series.AddRange(Enumerable.Repeat(perHour, hours));
        }

        return [.. series];
    }

    /// <summary>The same amount every hour.</summary>
    public static double[] Constant(int hours, double perHour) => Runs((hours, perHour));
}
