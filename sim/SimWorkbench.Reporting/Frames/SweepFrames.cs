using Microsoft.Data.Analysis;
using SimWorkbench.Sweeps.Storage;

namespace SimWorkbench.Reporting.Frames;

/// <summary>A sweep database's tables as DataFrames. Each call builds a new frame.</summary>
public static class SweepFrames
{
    /// <summary>
    /// The runs table: one row per finished run in run order, with the table's columns in order:
    /// <c>run_index</c> (long), <c>point</c> (int), <c>strategy</c>, <c>replication</c> (int), <c>seed</c> (ulong),
    /// one column per swept parameter (double, named by its path with the unit in brackets for a quantity,
    /// e.g. <c>hazards.aster-flood.warning [h]</c>; text, named by its path, for a categorical one),
    /// <c>status</c>, <c>error</c>, then one double column per kept metric named by its key
    /// (e.g. <c>water.resilience_index</c>); a missing value (a failed run's metrics) is null.
    /// </summary>
    /// <param name="database">An open sweep database.</param>
    /// <returns>A new frame.</returns>
    public static DataFrame RunsFrame(this SweepDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var reader = database.ReadRuns();
        var columns = new DataFrameColumn[reader.FieldCount];
        for (var c = 0; c < columns.Length; c++)
        {
            var name = reader.GetName(c);
            var type = reader.GetFieldType(c);
            columns[c] = type == typeof(long) ? new Int64DataFrameColumn(name)
                : type == typeof(int) ? new Int32DataFrameColumn(name)
                : type == typeof(ulong) ? new UInt64DataFrameColumn(name)
                : type == typeof(double) ? new DoubleDataFrameColumn(name)
                : type == typeof(string) ? new StringDataFrameColumn(name)
                : throw new InvalidOperationException($"The runs table's column {name} has type {type.Name}, which the frame does not map.");
        }

        while (reader.Read())
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var value = reader.IsDBNull(c) ? null : reader.GetValue(c);
                switch (columns[c])
                {
                    case Int64DataFrameColumn column:
                        column.Append((long?)value);
                        break;
                    case Int32DataFrameColumn column:
                        column.Append((int?)value);
                        break;
                    case UInt64DataFrameColumn column:
                        column.Append((ulong?)value);
                        break;
                    case DoubleDataFrameColumn column:
                        column.Append((double?)value);
                        break;
                    case StringDataFrameColumn column:
                        column.Append((string?)value);
                        break;
                }
            }
        }

        return new DataFrame(columns);
    }
}
