using SimWorkbench.Metrics;
using SimWorkbench.Runs;

namespace SimWorkbench.Reporting.Charts;

/// <summary>A per-city metric of one strategy and commodity, averaged over the replications where it exists.</summary>
internal static class CityValues
{
    /// <summary>The cities' display names, in scenario order.</summary>
    public static string[] Names(ComparisonResult result) => [.. result.Scenario.Network.Cities.Select(c => System.Net.WebUtility.HtmlEncode(c.Name))];

    /// <summary>Per city in scenario order: the mean of the metric over the replications where it exists (null if none), and how many lacked it.</summary>
    public static (double?[] Means, int[] Missing) Of(ComparisonResult result, int strategy, int commodity, Func<CityMetrics, double?> metric)
    {
        var cities = result.Scenario.Network.Cities;
        var sums = new double[cities.Count];
        var counts = new int[cities.Count];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cities.Count; i++)
        {
            index[cities[i].Id.Value] = i;
        }

        foreach (var run in result.Runs[strategy])
        {
            foreach (var city in run.Overall[commodity].Cities)
            {
                if (metric(city) is { } value && double.IsFinite(value))
                {
                    var i = index[city.CityId];
                    sums[i] += value;
                    counts[i]++;
                }
            }
        }

        var runs = result.Runs[strategy].Count;
        return ([.. sums.Select((s, i) => counts[i] == 0 ? (double?)null : s / counts[i])], [.. counts.Select(c => runs - c)]);
    }
}
