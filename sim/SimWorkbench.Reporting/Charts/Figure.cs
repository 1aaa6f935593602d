using Plotly.NET;

namespace SimWorkbench.Reporting.Charts;

/// <summary>
/// A plotly.js figure assembled from its JSON attributes (traces and layout as the plotly.js
/// reference names them) and handed over as a Plotly.NET <see cref="GenericChart"/>: the charts
/// need subplots, shapes and sliders that are plainer to state this way than through Plotly.NET's
/// optional-argument API.
/// </summary>
internal sealed class Figure
{
    private readonly List<Dictionary<string, object?>> _traces = [];
    private readonly Dictionary<string, object?> _layout = new(StringComparer.Ordinal);
    private readonly List<Dictionary<string, object?>> _annotations = [];
    private readonly List<Dictionary<string, object?>> _shapes = [];

    public Figure(string title, int heightPixels)
    {
        _layout["title"] = new Dictionary<string, object?> { ["text"] = title, ["x"] = 0.02 };
        _layout["height"] = heightPixels;
        _layout["margin"] = new Dictionary<string, object?> { ["t"] = 60, ["l"] = 70, ["r"] = 30, ["b"] = 60 };
        _layout["legend"] = new Dictionary<string, object?> { ["orientation"] = "h", ["y"] = -0.12 };
        _layout["hovermode"] = "closest";
    }

    /// <summary>The number of traces so far: the index the next one gets.</summary>
    public int TraceCount => _traces.Count;

    /// <summary>Adds a trace of a plotly.js type with its attributes.</summary>
    public Dictionary<string, object?> Add(string type, Dictionary<string, object?> attributes)
    {
        attributes["type"] = type;
        _traces.Add(attributes);
        return attributes;
    }

    /// <summary>Sets a layout attribute (an axis, the bar mode, sliders…).</summary>
    public void Set(string key, object? value) => _layout[key] = value;

    /// <summary>Adds a text annotation.</summary>
    public void Annotate(Dictionary<string, object?> annotation) => _annotations.Add(annotation);

    /// <summary>Adds a shape (a line, a rectangle).</summary>
    public void Draw(Dictionary<string, object?> shape) => _shapes.Add(shape);

    /// <summary>
    /// Lays out <paramref name="rows"/> × <paramref name="columns"/> subplots, each with its own
    /// axes, titled above; subplot k (row-major from 0) uses axes <see cref="AxisSuffix"/>(k).
    /// </summary>
    public void Grid(int rows, int columns, IReadOnlyList<string> titles, bool shareX = false)
    {
        const double GapX = 0.08;
        const double GapY = 0.1;
        var width = (1 - (GapX * (columns - 1))) / columns;
        var height = (1 - (GapY * (rows - 1))) / rows;
        for (var k = 0; k < rows * columns; k++)
        {
            var (row, column) = Math.DivRem(k, columns);
            var x0 = column * (width + GapX);
            var y1 = 1 - (row * (height + GapY));
            var suffix = AxisSuffix(k);
            _layout["xaxis" + suffix] = new Dictionary<string, object?>
            {
                ["domain"] = new[] { x0, x0 + width },
                ["anchor"] = "y" + suffix,
                ["matches"] = shareX && k > 0 ? "x" : null,
                ["automargin"] = true,
            };
            _layout["yaxis" + suffix] = new Dictionary<string, object?>
            {
                ["domain"] = new[] { y1 - height, y1 },
                ["anchor"] = "x" + suffix,
                ["automargin"] = true,
            };
            if (k < titles.Count)
            {
                Annotate(new Dictionary<string, object?>
                {
                    ["text"] = "<b>" + System.Net.WebUtility.HtmlEncode(titles[k]) + "</b>",
                    ["xref"] = "paper",
                    ["yref"] = "paper",
                    ["x"] = x0 + (width / 2),
                    ["y"] = y1,
                    ["yanchor"] = "bottom",
                    ["showarrow"] = false,
                });
            }
        }
    }

    /// <summary>Sets attributes of subplot k's x axis.</summary>
    public void XAxis(int subplot, params (string Key, object? Value)[] attributes) => Axis("xaxis", subplot, attributes);

    /// <summary>Sets attributes of subplot k's y axis.</summary>
    public void YAxis(int subplot, params (string Key, object? Value)[] attributes) => Axis("yaxis", subplot, attributes);

    /// <summary>The axis suffix of subplot k: "" for the first, then "2", "3"…</summary>
    public static string AxisSuffix(int subplot) => subplot == 0 ? string.Empty : (subplot + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Puts a trace on subplot k's axes.</summary>
    public static void OnSubplot(Dictionary<string, object?> trace, int subplot)
    {
        trace["xaxis"] = "x" + AxisSuffix(subplot);
        trace["yaxis"] = "y" + AxisSuffix(subplot);
    }

    /// <summary>The figure as a Plotly.NET chart.</summary>
    public GenericChart ToChart()
    {
        var traces = new List<Trace>(_traces.Count);
        foreach (var attributes in _traces)
        {
            var trace = new Trace2D((string)attributes["type"]!);
            foreach (var (key, value) in attributes)
            {
                if (key != "type" && value is not null)
                {
                    trace.SetProperty(key, value);
                }
            }

            traces.Add(trace);
        }

        var layout = new Layout();
        foreach (var (key, value) in _layout)
        {
            if (value is not null)
            {
                layout.SetProperty(key, value is Dictionary<string, object?> map ? WithoutNulls(map) : value);
            }
        }

        if (_annotations.Count > 0)
        {
            layout.SetProperty("annotations", _annotations);
        }

        if (_shapes.Count > 0)
        {
            layout.SetProperty("shapes", _shapes);
        }

        return GenericChart.addLayout(layout, GenericChart.ofTraceObjects(false, traces));
    }

    private void Axis(string name, int subplot, (string Key, object? Value)[] attributes)
    {
        var key = name + AxisSuffix(subplot);
        if (_layout.GetValueOrDefault(key) is not Dictionary<string, object?> axis)
        {
            axis = new Dictionary<string, object?>(StringComparer.Ordinal);
            _layout[key] = axis;
        }

        foreach (var (k, v) in attributes)
        {
            axis[k] = v;
        }
    }

    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> map) =>
        map.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
