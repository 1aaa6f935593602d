namespace SimWorkbench.Sweeps;

/// <summary>The time series a sweep can keep for every run (per commodity, over all cities).</summary>
public enum SeriesKind
{
    /// <summary><c>service_level</c>: each day's share of need served (step = day from 0).</summary>
    ServiceLevel,

    /// <summary><c>need</c>: each hour's minimum need, in commodity units (step = hour from 0).</summary>
    Need,

    /// <summary><c>served</c>: each hour's need served, in commodity units (step = hour from 0).</summary>
    Served,
}
