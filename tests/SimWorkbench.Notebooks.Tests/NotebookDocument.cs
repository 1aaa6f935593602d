using System.Text.Json;

namespace SimWorkbench.Notebooks.Tests;

/// <summary>A Polyglot notebook (.ipynb) read for its C# code cells, in order.</summary>
internal sealed record NotebookDocument(string Path, string KernelName, IReadOnlyList<NotebookCell> Cells)
{
    public static NotebookDocument Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var kernel = root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString() ?? string.Empty;
        var cells = new List<NotebookCell>();
        var index = 0;
        foreach (var cell in root.GetProperty("cells").EnumerateArray())
        {
            index++;
            var type = cell.GetProperty("cell_type").GetString();
            var source = cell.GetProperty("source");
            var text = source.ValueKind == JsonValueKind.Array
                ? string.Concat(source.EnumerateArray().Select(line => line.GetString()))
                : source.GetString() ?? string.Empty;
            cells.Add(new NotebookCell(index, type ?? string.Empty, LanguageOf(cell), text));
        }

        return new NotebookDocument(path, kernel, cells);
    }

    private static string LanguageOf(JsonElement cell) =>
        cell.TryGetProperty("metadata", out var metadata)
        && metadata.TryGetProperty("polyglot_notebook", out var polyglot)
        && polyglot.TryGetProperty("kernelName", out var name)
            ? name.GetString() ?? string.Empty
            : string.Empty;
}

/// <summary>One cell: its number (1-based, as a reader counts them), kind, kernel and text.</summary>
internal sealed record NotebookCell(int Number, string Type, string Kernel, string Source)
{
    public bool IsCSharpCode => Type == "code" && Kernel == "csharp";
}
