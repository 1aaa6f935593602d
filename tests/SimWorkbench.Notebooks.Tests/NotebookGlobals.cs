using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace SimWorkbench.Notebooks.Tests;

/// <summary>
/// What a notebook's cells see of the .NET Interactive kernel's helpers: <c>display</c> and
/// <c>HTML</c>, with the kernel's lower-case names, so that a notebook written for the real kernel
/// runs here unchanged. Displayed values are kept, in order, to be written out as the outputs.
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "The kernel's own helper names.")]
public sealed class NotebookGlobals
{
    private readonly List<string> _outputs = [];

    /// <summary>What the cells displayed, as HTML fragments.</summary>
    public IReadOnlyList<string> Outputs => _outputs;

    /// <summary>Shows a value: HTML as HTML, anything else as escaped text.</summary>
    public object? display(object? value)
    {
        _outputs.Add(value is HtmlFragment html
            ? html.Html
            : "<pre>" + WebUtility.HtmlEncode(value?.ToString() ?? "null") + "</pre>");
        return value;
    }

    /// <summary>Marks a string as HTML to display, as the kernel's <c>HTML(…)</c> does.</summary>
    public HtmlFragment HTML(string content) => new(content);
}

/// <summary>A piece of HTML to display.</summary>
public sealed record HtmlFragment(string Html);
