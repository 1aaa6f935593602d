using SimWorkbench.Kernel;

namespace SimWorkbench.Sweeps;

/// <summary>
/// Turns parameters and a design into points. Each parameter draws from its own stream
/// ("design/{path}" under the sweep seed), so adding a parameter leaves the others' draws alone.
/// </summary>
internal static class DesignSampler
{
    /// <summary>How many points the design gives (for a grid, the product of the list lengths), before any is built.</summary>
    public static double Count(IReadOnlyList<SweepParameter> parameters, SweepDesign design) =>
        design.Kind == DesignKind.Grid
            ? parameters.Aggregate(1.0, (product, p) => product * p.Values!.Count)
            : design.Points!.Value;

    public static IReadOnlyList<SweepPoint> Points(IReadOnlyList<SweepParameter> parameters, SweepDesign design, ulong seed)
    {
        var values = design.Kind switch
        {
            DesignKind.Grid => Grid(parameters),
            DesignKind.Random => Random(parameters, design.Points!.Value, seed),
            DesignKind.LatinHypercube => LatinHypercube(parameters, design.Points!.Value, seed),
            _ => throw new InvalidOperationException($"Unknown design {design.Kind}."),
        };
        return [.. values.Select((v, i) => new SweepPoint(i, RandomStream.DeriveSeed(seed, $"point/{i}"), v))];
    }

    /// <summary>Every combination, the first parameter varying slowest.</summary>
    private static List<string[]> Grid(IReadOnlyList<SweepParameter> parameters)
    {
        var points = new List<string[]> { Array.Empty<string>() };
        foreach (var parameter in parameters)
        {
            points = [.. points.SelectMany(prefix => parameter.Values!.Select(v => (string[])[.. prefix, v]))];
        }

        return points;
    }

    private static List<string[]> Random(IReadOnlyList<SweepParameter> parameters, int count, ulong seed)
    {
        var points = Enumerable.Range(0, count).Select(_ => new string[parameters.Count]).ToList();
        for (var p = 0; p < parameters.Count; p++)
        {
            var stream = Stream(parameters[p], seed);
            for (var i = 0; i < count; i++)
            {
                points[i][p] = ValueAt(parameters[p], stream.NextDouble());
            }
        }

        return points;
    }

    /// <summary>Point i of parameter p lies in stratum perm_p(i) of n, uniformly within it (McKay, Beckman and Conover 1979).</summary>
    private static List<string[]> LatinHypercube(IReadOnlyList<SweepParameter> parameters, int count, ulong seed)
    {
        var points = Enumerable.Range(0, count).Select(_ => new string[parameters.Count]).ToList();
        for (var p = 0; p < parameters.Count; p++)
        {
            var stream = Stream(parameters[p], seed);
            var strata = Enumerable.Range(0, count).ToArray();
            for (var i = count - 1; i > 0; i--)
            {
                var j = stream.NextInt(i + 1); // Fisher–Yates
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }

            for (var i = 0; i < count; i++)
            {
                var u = (strata[i] + stream.NextDouble()) / count;
                points[i][p] = ValueAt(parameters[p], Math.Min(u, Math.BitDecrement(1.0)));
            }
        }

        return points;
    }

    private static RandomStream Stream(SweepParameter parameter, ulong seed) => new(seed, "design/" + parameter.Path);

    /// <summary>The value at cumulative probability <paramref name="u"/>: a listed value (each equally likely) or a distribution's quantile.</summary>
    private static string ValueAt(SweepParameter parameter, double u) =>
        parameter.Values is { } listed
            ? listed[Math.Min(listed.Count - 1, (int)(u * listed.Count))]
            : parameter.Distribution!.Text(parameter.Distribution.Quantile(u));
}
