using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace SimWorkbench.Notebooks.Tests;

/// <summary>
/// What a notebook's cells see of the .NET Interactive kernel's helpers: <c>display</c> and
/// <c>HTML</c>, with the kernel's lower-case names, so that a notebook written for the real kernel
/// runs here unchanged. Like the kernel, <c>display</c> formats a value with the formatter
/// registered for its type (Microsoft.DotNet.Interactive.Formatting) in its preferred MIME type,
/// so a notebook shows the same thing here as in VS Code. Displayed values are kept, in order, to
/// be written out as the outputs.
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "The kernel's own helper names.")]
public sealed class NotebookGlobals
{
    private readonly List<string> _outputs = [];

    /// <summary>What the cells displayed, as HTML fragments.</summary>
    public IReadOnlyList<string> Outputs => _outputs;

    /// <summary>Shows a value: as HTML when its preferred MIME type is HTML, else as escaped plain text.</summary>
    public object? display(object? value)
    {
        var mimeType = value is null
            ? PlainTextFormatter.MimeType
            : Formatter.GetPreferredMimeTypesFor(value.GetType()).FirstOrDefault() ?? Formatter.DefaultMimeType;
        var text = Formatter.ToDisplayString(value, mimeType);
        _outputs.Add(mimeType == HtmlFormatter.MimeType ? text : "<pre>" + WebUtility.HtmlEncode(text) + "</pre>");
        return value;
    }

    /// <summary>Marks a string as HTML to display, as the kernel's <c>HTML(…)</c> does.</summary>
    public IHtmlContent HTML(string content) => new HtmlString(content);
}
