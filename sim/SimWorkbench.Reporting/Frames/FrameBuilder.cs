using Microsoft.Data.Analysis;

namespace SimWorkbench.Reporting.Frames;

/// <summary>Builds a DataFrame row by row: columns declared once, then values appended in column order.</summary>
internal sealed class FrameBuilder
{
    private readonly List<DataFrameColumn> _columns = [];

    public FrameBuilder Text(string name)
    {
        _columns.Add(new StringDataFrameColumn(name, 0));
        return this;
    }

    public FrameBuilder Number(string name)
    {
        _columns.Add(new DoubleDataFrameColumn(name, 0));
        return this;
    }

    public FrameBuilder Integer(string name)
    {
        _columns.Add(new Int32DataFrameColumn(name, 0));
        return this;
    }

    public FrameBuilder Flag(string name)
    {
        _columns.Add(new BooleanDataFrameColumn(name, 0));
        return this;
    }

    /// <summary>Appends one row; values in column order, null for a missing value.</summary>
    public void Row(params object?[] values)
    {
        if (values.Length != _columns.Count)
        {
            throw new ArgumentException($"A row has {_columns.Count} values, not {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            switch (_columns[i])
            {
                case StringDataFrameColumn text:
                    text.Append((string?)values[i]);
                    break;
                case DoubleDataFrameColumn number:
                    number.Append(values[i] is null ? null : Convert.ToDouble(values[i], System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case Int32DataFrameColumn integer:
                    integer.Append((int?)values[i]);
                    break;
                case BooleanDataFrameColumn flag:
                    flag.Append((bool?)values[i]);
                    break;
            }
        }
    }

    public DataFrame Build() => new(_columns);
}
