namespace SimWorkbench.Sweeps;

/// <summary>The file formats a sweep's tables export to.</summary>
public enum ExportFormat
{
    /// <summary>Comma-separated values with a header row.</summary>
    Csv,

    /// <summary>Apache Parquet.</summary>
    Parquet,
}
