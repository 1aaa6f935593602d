namespace SimWorkbench.Cli.Commands;

/// <summary>What <c>simwb sweep &lt;file&gt;</c> was asked to do, once parsed.</summary>
/// <param name="SweepPath">The sweep file, as the user named it.</param>
/// <param name="OutDirectory">The output folder, or null for results/&lt;file name&gt;-sweep (with the shard appended).</param>
/// <param name="Parallel">Runs at once, or null for every core.</param>
/// <param name="Shard">The part to run as <c>i/N</c>, or null for all of it.</param>
/// <param name="Parquet">Whether to export the runs and series tables to Parquet files when done.</param>
/// <param name="MaxRuns">The largest sweep accepted.</param>
/// <param name="BatchRuns">Runs committed per transaction.</param>
internal sealed record SweepRequest(string SweepPath, string? OutDirectory, int? Parallel, string? Shard, bool Parquet, long MaxRuns, int BatchRuns);
