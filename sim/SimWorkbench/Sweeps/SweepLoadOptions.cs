namespace SimWorkbench.Sweeps;

/// <summary>Where a sweep's base scenario may reach, and how large a sweep may be.</summary>
public sealed record SweepLoadOptions
{
    /// <summary>The default limit on a sweep's runs.</summary>
    public const long DefaultMaxRuns = 100_000;

    /// <summary>The folder tree the base scenario's <c>extends</c> may read from (the base scenario's own folder when null).</summary>
    public string? Root { get; init; }

    /// <summary>The most runs (points × strategies × replications) a sweep may have; a larger one is refused (SW0601).</summary>
    public long MaxRuns { get; init; } = DefaultMaxRuns;
}
