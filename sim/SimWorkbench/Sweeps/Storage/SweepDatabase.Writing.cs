using DuckDB.NET.Data;

namespace SimWorkbench.Sweeps.Storage;

/// <summary>Writing finished runs: through DuckDB's appender, a batch per transaction.</summary>
public sealed partial class SweepDatabase
{
    /// <summary>
    /// Appends a batch of runs and their series in one transaction: after a kill, either the whole
    /// batch is in the database or none of it is. The progress note follows the commit.
    /// </summary>
    internal void Append(Sweep sweep, IReadOnlyList<RunRecord> batch)
    {
        Sql.Execute(_connection, "BEGIN TRANSACTION");
        try
        {
            using (var runs = _connection.CreateAppender("runs"))
            {
                foreach (var run in batch)
                {
                    AppendRun(runs, sweep, run);
                }
            }

            using (var series = _connection.CreateAppender("series"))
            {
                foreach (var run in batch)
                {
                    foreach (var (kind, commodity, values) in run.Series)
                    {
                        series.CreateRow().AppendValue(run.RunIndex).AppendValue(SeriesName(kind)).AppendValue(commodity).AppendValue(values).EndRow();
                    }
                }
            }

            Sql.Execute(_connection, "COMMIT");
        }
        catch (DuckDB.NET.Data.DuckDBException)
        {
            Sql.Execute(_connection, "ROLLBACK");
            throw;
        }

        NoteCommitted(batch);
    }

    /// <summary>The series' name in the series table and in sweep files.</summary>
    internal static string SeriesName(SeriesKind kind) => kind switch
    {
        SeriesKind.ServiceLevel => "service_level",
        SeriesKind.Need => "need",
        SeriesKind.Served => "served",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown series."),
    };

    private static void AppendRun(DuckDBAppender appender, Sweep sweep, RunRecord run)
    {
        var row = appender.CreateRow()
            .AppendValue(run.RunIndex)
            .AppendValue(run.Point)
            .AppendValue(sweep.Strategies[run.Strategy].Value)
            .AppendValue(run.Replication)
            .AppendValue(run.Seed);
        var values = sweep.Points[run.Point].Values;
        for (var p = 0; p < sweep.Parameters.Count; p++)
        {
            var parameter = sweep.Parameters[p];
            row = parameter.IsNumeric ? row.AppendValue(parameter.NumberOf(values[p])) : row.AppendValue(values[p]);
        }

        row = row.AppendValue(run.Error is null ? "ok" : "failed").AppendValue(run.Error);
        foreach (var metric in run.Metrics)
        {
            row = row.AppendValue(metric);
        }

        row.EndRow();
    }
}
