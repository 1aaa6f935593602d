namespace SimWorkbench.Sweeps;

/// <summary>One finished run as the database stores it: where it sits in the sweep, its kept metrics (or its error) and its kept series.</summary>
internal sealed record RunRecord(
    long RunIndex,
    int Point,
    int Strategy,
    int Replication,
    ulong Seed,
    IReadOnlyList<double?> Metrics,
    string? Error,
    IReadOnlyList<(SeriesKind Kind, string Commodity, double[] Values)> Series);
