using System.Globalization;

namespace SimWorkbench.Sweeps.Storage;

/// <summary>Joining the databases of a sweep's shards into one.</summary>
public sealed partial class SweepDatabase
{
    /// <summary>
    /// Joins shard databases of one sweep into a new database in <paramref name="outFolder"/>: the
    /// runs and series of every shard, in run order. Refuses databases of different sweeps (or of
    /// the same sweep cut differently), parts given twice, and an output folder that already holds
    /// a database. The new database is written aside and renamed when complete.
    /// </summary>
    /// <param name="folders">The shards' output folders.</param>
    /// <param name="outFolder">The folder for the merged database.</param>
    /// <param name="problem">Why the shards cannot be merged, when they cannot.</param>
    /// <returns>What the merged database holds, or null with <paramref name="problem"/> set.</returns>
    public static SweepInfo? Merge(IReadOnlyList<string> folders, string outFolder, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(outFolder);
        if (folders.Count == 0)
        {
            problem = "name at least one shard folder to merge.";
            return null;
        }

        var infos = new List<SweepInfo>();
        foreach (var folder in folders)
        {
            using var shard = OpenToRead(folder, out problem);
            if (shard is null)
            {
                return null;
            }

            infos.Add(shard.Info);
        }

        problem = Compatible(folders, infos);
        if (problem is not null)
        {
            return null;
        }

        var target = PathIn(outFolder);
        if (File.Exists(target))
        {
            problem = $"{outFolder} already holds a sweep database; merge into a new folder.";
            return null;
        }

        Directory.CreateDirectory(outFolder);
        var partial = target + ".partial";
        File.Delete(partial);
        var merged = infos[0] with { Shards = [.. infos.SelectMany(i => i.Shards).Order()] };
        using (var connection = Connect(partial, readOnly: false))
        {
            for (var i = 0; i < folders.Count; i++)
            {
                Sql.Execute(connection, $"ATTACH {Sql.Text(Path.GetFullPath(PathIn(folders[i])))} AS shard{i} (READ_ONLY)");
            }

            Sql.Execute(connection, "BEGIN TRANSACTION");
            foreach (var sql in Sql.Column(connection, "SELECT sql FROM duckdb_tables() WHERE database_name = 'shard0' ORDER BY table_name", r => r.GetString(0)))
            {
                Sql.Execute(connection, sql);
            }

            foreach (var sql in Sql.Column(connection, "SELECT sql FROM duckdb_views() WHERE database_name = 'shard0' AND NOT internal ORDER BY view_name", r => r.GetString(0)))
            {
                Sql.Execute(connection, sql);
            }

            var description = Sql.Column(connection, "SELECT key, value FROM shard0.sweep", r => (r.GetString(0), r.GetString(1)))
                .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
            var runs = string.Join(" UNION ALL ", folders.Select((_, i) => $"SELECT * FROM shard{i}.runs"));
            var series = string.Join(" UNION ALL ", folders.Select((_, i) => $"SELECT * FROM shard{i}.series"));
            Sql.Execute(connection, $"INSERT INTO runs SELECT * FROM ({runs}) ORDER BY run_index");
            Sql.Execute(connection, $"INSERT INTO series SELECT * FROM ({series}) ORDER BY run_index, series, commodity");
            merged.Write(connection, description);
            Sql.Execute(connection, "COMMIT");
            Sql.Execute(connection, "CHECKPOINT");
        }

        File.Move(partial, target);
        return merged;
    }

    private static string? Compatible(IReadOnlyList<string> folders, List<SweepInfo> infos)
    {
        var first = infos[0];
        var seen = new Dictionary<int, string>();
        for (var i = 0; i < infos.Count; i++)
        {
            var info = infos[i];
            if (info.Schema != Schema)
            {
                return OtherSchema(folders[i], info.Schema) + " Only shards written by this version merge.";
            }

            if (info.Fingerprint != first.Fingerprint)
            {
                return $"{folders[i]} holds sweep '{info.Name}' and {folders[0]} holds '{first.Name}' (different sweep files or base scenarios); only shards of one sweep merge.";
            }

            if (info.ShardCount != first.ShardCount)
            {
                return $"{folders[i]} was cut into {info.ShardCount} shards and {folders[0]} into {first.ShardCount}; only shards of one cut merge.";
            }

            foreach (var part in info.Shards)
            {
                if (!seen.TryAdd(part, folders[i]))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"shard {part}/{info.ShardCount} is in both {seen[part]} and {folders[i]}.");
                }
            }
        }

        return null;
    }
}
