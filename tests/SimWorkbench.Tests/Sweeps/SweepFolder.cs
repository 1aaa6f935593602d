using System.Globalization;
using DuckDB.NET.Data;
using SimWorkbench.Sweeps;
using SimWorkbench.Sweeps.Storage;

namespace SimWorkbench.Tests.Sweeps;

/// <summary>A temporary folder holding a small base scenario and sweep files, and ways to read a sweep database's rows.</summary>
internal sealed class SweepFolder : IDisposable
{
    /// <summary>The parity scenario of the comparison tests: one town of 1,000 people, 2 days, water only.</summary>
    public const string BaseScenario = Tests.Runs.ComparisonTests.Parity;

    public SweepFolder()
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "base.yaml"), BaseScenario);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "simwb-sweep-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a sweep file (its scenario: base.yaml beside it) and returns its path.</summary>
    public string Write(string yaml, string name = "sweep.yaml")
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    public Sweep Load(string yaml, string name = "sweep.yaml")
    {
        var result = SweepLoader.Load(Write(yaml, name));
        result.Diagnostics.Where(d => d.Severity == SimWorkbench.Scenarios.Diagnostics.DiagnosticSeverity.Error).ShouldBeEmpty();
        return result.Sweep.ShouldNotBeNull();
    }

    /// <summary>Runs a sweep (or a shard) into a folder under the root.</summary>
    public SweepSummary Run(Sweep sweep, string folder, SweepOptions? options = null)
    {
        options ??= new SweepOptions();
        using var database = SweepDatabase.OpenForSweep(Path.Combine(Root, folder), sweep, options.Shard, out var problem).ShouldNotBeNull(problem);
        return SweepRunner.Run(sweep, database, options);
    }

    /// <summary>Every row of a table, in the order given, each as its columns' invariant text joined by '|'.</summary>
    public List<string> Rows(string folder, string table, string order)
    {
        using var connection = new DuckDBConnection($"Data Source={SweepDatabase.PathIn(Path.Combine(Root, folder))};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY {order}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(string.Join('|', cells));
        }

        return rows;
    }

    /// <summary>One column of the runs table, in run order.</summary>
    public List<object?> Column(string folder, string column)
    {
        using var connection = new DuckDBConnection($"Data Source={SweepDatabase.PathIn(Path.Combine(Root, folder))};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"{column}\" FROM runs ORDER BY run_index";
        using var reader = command.ExecuteReader();
        var values = new List<object?>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0));
        }

        return values;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
