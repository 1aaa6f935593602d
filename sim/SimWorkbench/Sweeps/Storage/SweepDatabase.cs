using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace SimWorkbench.Sweeps.Storage;

/// <summary>
/// A sweep's embedded DuckDB database, <c>sweep.duckdb</c> in the output folder: table <c>runs</c>
/// (one row per finished run: run index, point, strategy, replication, seed, one column per
/// parameter (a number, in the unit its name gives, or text for a categorical one), status, error, one column per kept metric), table <c>series</c> (run index,
/// series, commodity, and the values as a list, one per step: a row per series, not per step,
/// keeps writing cheap), its long form the view <c>series_steps</c> (run index, series, commodity,
/// step from 0, value) and table <c>sweep</c> (what the database holds).
/// A run's row and its series are committed in the same transaction, so a row present means the
/// run is done, whatever killed the process before; a restarted sweep skips those runs.
/// One process writes a database at a time.
/// </summary>
public sealed partial class SweepDatabase : IDisposable
{
    /// <summary>The database file's name inside the output folder.</summary>
    public const string FileName = "sweep.duckdb";

    /// <summary>
    /// The layout of the tables this version writes, kept in the <c>sweep</c> table as <c>schema</c>:
    /// 2 stores a parameter with a unit as a number in a column named with its unit
    /// (<c>hazards.aster-flood.warning [h]</c>); 1 (no <c>schema</c> key) stored it as text (<c>36.8 h</c>).
    /// A sweep is resumed or merged only into a database of this layout.
    /// </summary>
    public const int Schema = 2;

    /// <summary>The series one row per step: what SQL and notebooks usually want.</summary>
    private const string SeriesStepsView =
        "CREATE VIEW series_steps AS SELECT run_index, series, commodity, CAST(generate_subscripts(\"values\", 1) - 1 AS INTEGER) AS step, unnest(\"values\") AS value FROM series";

    private readonly DuckDBConnection _connection;

    private SweepDatabase(DuckDBConnection connection, SweepInfo info)
    {
        _connection = connection;
        Info = info;
    }

    /// <summary>What the database holds.</summary>
    public SweepInfo Info { get; }

    /// <summary>The database file in <paramref name="folder"/>.</summary>
    /// <param name="folder">An output folder.</param>
    /// <returns>The path.</returns>
    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>
    /// Opens the database of a sweep's part in <paramref name="folder"/> for writing, creating it (and
    /// the folder) when absent. A database that holds another sweep or another part is refused.
    /// </summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="sweep">The sweep.</param>
    /// <param name="shard">The part to run.</param>
    /// <param name="problem">Why the folder cannot be used, when it cannot.</param>
    /// <returns>The open database, or null with <paramref name="problem"/> set.</returns>
    public static SweepDatabase? OpenForSweep(string folder, Sweep sweep, SweepShard shard, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(sweep);
        Directory.CreateDirectory(folder);
        if (TryConnect(PathIn(folder), readOnly: false, out problem, out _) is not { } connection)
        {
            return null;
        }

        var exists = Convert.ToInt64(Sql.Scalar(connection, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'sweep'"), CultureInfo.InvariantCulture) > 0;
        if (!exists)
        {
            var info = new SweepInfo(sweep.Name, sweep.Fingerprint, sweep.RunCount, shard.Count, [shard.Index], Schema);
            Sql.Execute(connection, "BEGIN TRANSACTION");
            Sql.Execute(connection, "CREATE TABLE sweep (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
            Sql.Execute(connection, RunsTable(sweep));
            Sql.Execute(connection, "CREATE TABLE series (run_index BIGINT NOT NULL, series VARCHAR NOT NULL, commodity VARCHAR NOT NULL, \"values\" DOUBLE[] NOT NULL)");
            Sql.Execute(connection, SeriesStepsView);
            info.Write(connection, Description(sweep));
            Sql.Execute(connection, "COMMIT");
            problem = null;
            var created = new SweepDatabase(connection, info);
            created.KeepProgressIn(folder);
            return created;
        }

        var found = SweepInfo.Read(connection);
        problem = found.Schema != Schema
            ? OtherSchema(folder, found.Schema) + " Its runs cannot be mixed with this version's: use another --out folder."
            : found.Fingerprint != sweep.Fingerprint
            ? $"{folder} holds results of another sweep ('{found.Name}'), or of this one before its file, its base scenario or a file that scenario extends changed; use another --out folder."
            : found.ShardCount != shard.Count || found.Shards.Count != 1 || found.Shards[0] != shard.Index
                ? $"{folder} holds part(s) {string.Join(',', found.Shards)} of {found.ShardCount} of this sweep, not part {shard}; use another --out folder for each shard."
                : null;
        if (problem is not null)
        {
            connection.Dispose();
            return null;
        }

        var resumed = new SweepDatabase(connection, found);
        resumed.KeepProgressIn(folder);
        return resumed;
    }

    /// <summary>Opens an existing database to read, or null with <paramref name="problem"/> set when the folder holds none.</summary>
    /// <param name="folder">An output folder.</param>
    /// <param name="problem">Why it cannot be read, when it cannot.</param>
    /// <returns>The database, or null.</returns>
    public static SweepDatabase? OpenToRead(string folder, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!File.Exists(PathIn(folder)))
        {
            problem = $"{folder} holds no sweep database ({FileName}).";
            return null;
        }

        return TryConnect(PathIn(folder), readOnly: true, out problem, out _) is { } connection ? new SweepDatabase(connection, SweepInfo.Read(connection)) : null;
    }

    /// <summary>How far the sweep (or the parts held) has got.</summary>
    /// <returns>Done and failed runs, of how many.</returns>
    public SweepStatus Status()
    {
        var done = Convert.ToInt64(Sql.Scalar(_connection, "SELECT count(*) FROM runs"), CultureInfo.InvariantCulture);
        var failed = Convert.ToInt64(Sql.Scalar(_connection, "SELECT count(*) FROM runs WHERE status = 'failed'"), CultureInfo.InvariantCulture);
        return new SweepStatus(Info, done, failed);
    }

    /// <summary>The indices of the runs already in the database.</summary>
    /// <returns>The set.</returns>
    public IReadOnlySet<long> DoneRuns() => Sql.Column(_connection, "SELECT run_index FROM runs", r => r.GetInt64(0)).ToHashSet();

    /// <summary>
    /// Reads the runs table, one row per run in run order, with its columns in table order: run_index,
    /// point, strategy, replication, seed, one per parameter (<see cref="SweepParameter.ColumnName"/>: its path,
    /// with its unit for a quantity), status, error, one per kept metric (its key).
    /// </summary>
    /// <returns>A reader, to dispose before the database.</returns>
    public DbDataReader ReadRuns()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT * FROM runs ORDER BY run_index";
        return command.ExecuteReader();
    }

    /// <summary>Writes the runs table, one row per run in run order, with its columns in table order.</summary>
    /// <param name="file">The file to write (replaced if present).</param>
    /// <param name="format">CSV (with a header) or Parquet.</param>
    public void ExportRuns(string file, ExportFormat format) => Export("runs", "run_index", file, format);

    /// <summary>Writes the series in long form (the <c>series_steps</c> view: one row per step), in run, series, commodity and step order.</summary>
    /// <param name="file">The file to write (replaced if present).</param>
    /// <param name="format">CSV (with a header) or Parquet.</param>
    public void ExportSeries(string file, ExportFormat format) => Export("series_steps", "run_index, series, commodity, step", file, format);

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    internal static DuckDBConnection Connect(string file, bool readOnly)
    {
        DuckDbNativeLibrary.EnsureResolvable();
        var connection = new DuckDBConnection($"Data Source={file}{(readOnly ? ";ACCESS_MODE=READ_ONLY" : string.Empty)}");
        connection.Open();
        return connection;
    }

    /// <summary>
    /// A connection, or null when DuckDB refuses the file: most often another process is writing it
    /// (one process opens a file at a time), which <paramref name="locked"/> says.
    /// </summary>
    private static DuckDBConnection? TryConnect(string file, bool readOnly, out string? problem, out bool locked)
    {
        try
        {
            problem = null;
            locked = false;
            return Connect(file, readOnly);
        }
        catch (DuckDBException e)
        {
            locked = e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase);
            problem = $"cannot open {file}: {e.Message.Split('\n')[0]} (is another simwb writing it? One process writes a sweep database at a time.)";
            return null;
        }
    }

    /// <summary>Says which version wrote a database of another layout.</summary>
    internal static string OtherSchema(string folder, int schema) => schema < Schema
        ? string.Create(CultureInfo.InvariantCulture, $"{folder} was written by an older simwb (sweep database schema {schema}, which stored parameters with units as text; this version writes schema {Schema}, numbers in columns named with their unit).")
        : string.Create(CultureInfo.InvariantCulture, $"{folder} was written by a newer simwb (sweep database schema {schema}; this version reads and writes schema {Schema}).");

    private void Export(string table, string order, string file, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(file);
        var full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var options = format == ExportFormat.Csv ? "FORMAT CSV, HEADER" : "FORMAT PARQUET";
        Sql.Execute(_connection, $"COPY (SELECT * FROM {table} ORDER BY {order}) TO {Sql.Text(full)} ({options})");
    }

    private static string RunsTable(Sweep sweep)
    {
        var columns = new List<string>
        {
            "run_index BIGINT PRIMARY KEY",
            "point INTEGER NOT NULL",
            "strategy VARCHAR NOT NULL",
            "replication INTEGER NOT NULL",
            "seed UBIGINT NOT NULL",
        };
        columns.AddRange(sweep.Parameters.Select(p => $"{Sql.Name(p.ColumnName)} {(p.IsNumeric ? "DOUBLE" : "VARCHAR")} NOT NULL"));
        columns.Add("status VARCHAR NOT NULL");
        columns.Add("error VARCHAR");
        columns.AddRange(sweep.Metrics.Select(m => $"{Sql.Name(m.Key)} DOUBLE"));
        return $"CREATE TABLE runs ({string.Join(", ", columns)})";
    }

    private static Dictionary<string, string> Description(Sweep sweep) => new(StringComparer.Ordinal)
    {
        ["base_scenario"] = sweep.BaseScenario.Name,
        ["seed"] = sweep.Seed.ToString(CultureInfo.InvariantCulture),
        ["design"] = sweep.Design.Kind.ToString(),
        ["points"] = sweep.Points.Count.ToString(CultureInfo.InvariantCulture),
        ["strategies"] = string.Join(',', sweep.Strategies.Select(s => s.Value)),
        ["replications"] = sweep.Replications.ToString(CultureInfo.InvariantCulture),
        ["parameters"] = string.Join(',', sweep.Parameters.Select(p => p.Path)),
        ["metrics"] = string.Join(',', sweep.Metrics.Select(m => m.Key + " (" + m.Unit + ")")),
    };
}
