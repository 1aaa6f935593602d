namespace SimWorkbench.Hazards;

/// <summary>What a hazard kind's intensity measures, and the most it can physically reach.</summary>
internal static class IntensityScale
{
    /// <summary>The largest intensity allowed for <paramref name="kind"/>, and what it measures.</summary>
    /// <param name="kind">The hazard kind.</param>
    /// <returns>The maximum and the measure, for messages.</returns>
    public static (double Maximum, string Measure) Of(HazardKind kind) => kind switch
    {
        HazardKind.Earthquake => (5.0, "peak ground acceleration in g"),
        HazardKind.Flood or HazardKind.StormSurge => (30.0, "water depth in m"),
        HazardKind.Typhoon => (120.0, "sustained wind in m/s"),
        _ => (1.0, "a severity from 0 to 1"),
    };
}
