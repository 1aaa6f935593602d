using System.Data.Common;
using DuckDB.NET.Data;

namespace SimWorkbench.Sweeps.Storage;

/// <summary>Small helpers over a DuckDB connection: quoting and one-statement commands.</summary>
internal static class Sql
{
    /// <summary>An identifier, quoted (column names are metric keys and scenario paths, with dots and dashes).</summary>
    public static string Name(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A string literal (file paths in COPY and ATTACH, which take no parameters).</summary>
    public static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static List<T> Column<T>(DuckDBConnection connection, string sql, Func<DbDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(read(reader));
        }

        return values;
    }
}
