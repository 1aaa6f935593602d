using System.Globalization;
using DuckDB.NET.Data;

namespace SimWorkbench.Sweeps.Storage;

/// <summary>
/// What a sweep database says about itself (its <c>sweep</c> table of keys and values): which
/// sweep (the fingerprint), which parts of it, how many runs. Shards are merged only when these agree.
/// </summary>
/// <param name="Name">The sweep's name.</param>
/// <param name="Fingerprint">The sweep's <see cref="Sweep.Fingerprint"/>.</param>
/// <param name="TotalRuns">Runs in the whole sweep.</param>
/// <param name="ShardCount">How many parts the sweep was cut into (1 when unsharded).</param>
/// <param name="Shards">The parts this database holds, from 1.</param>
/// <param name="Schema">The layout of its tables (<see cref="SweepDatabase.Schema"/> when written by this version; 1 for a database that does not say).</param>
public sealed record SweepInfo(string Name, string Fingerprint, long TotalRuns, int ShardCount, IReadOnlyList<int> Shards, int Schema)
{
    /// <summary>Runs in the parts this database holds.</summary>
    public long PartRuns => Shards.Sum(s => new SweepShard(s, ShardCount).RunsOf(TotalRuns));

    internal static SweepInfo Read(DuckDBConnection connection) =>
        From(Sql.Column(connection, "SELECT key, value FROM sweep", r => (Key: r.GetString(0), Value: r.GetString(1)))
            .ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal));

    /// <summary>The info in the keys and values it is stored as (the <c>sweep</c> table's, or a progress note's).</summary>
    internal static SweepInfo From(IReadOnlyDictionary<string, string> values) => new(
        values["name"],
        values["fingerprint"],
        long.Parse(values["total_runs"], CultureInfo.InvariantCulture),
        int.Parse(values["shard_count"], CultureInfo.InvariantCulture),
        [.. values["shards"].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
        values.TryGetValue("schema", out var schema) ? int.Parse(schema, CultureInfo.InvariantCulture) : 1);

    /// <summary>The keys and values it is stored as.</summary>
    internal Dictionary<string, string> Values() => new(StringComparer.Ordinal)
    {
        ["name"] = Name,
        ["fingerprint"] = Fingerprint,
        ["total_runs"] = TotalRuns.ToString(CultureInfo.InvariantCulture),
        ["shard_count"] = ShardCount.ToString(CultureInfo.InvariantCulture),
        ["shards"] = string.Join(',', Shards.Select(s => s.ToString(CultureInfo.InvariantCulture))),
        ["schema"] = Schema.ToString(CultureInfo.InvariantCulture),
    };

    internal void Write(DuckDBConnection connection, IReadOnlyDictionary<string, string> more)
    {
        var values = new Dictionary<string, string>(more, StringComparer.Ordinal);
        foreach (var (key, value) in Values())
        {
            values[key] = value;
        }

        Sql.Execute(connection, "DELETE FROM sweep");
        foreach (var (key, value) in values.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO sweep VALUES ($1, $2)";
            command.Parameters.Add(new DuckDBParameter(key));
            command.Parameters.Add(new DuckDBParameter(value));
            command.ExecuteNonQuery();
        }
    }
}
