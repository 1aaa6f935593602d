using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace SimWorkbench.Notebooks.Tests;

/// <summary>
/// Runs a notebook's C# cells in order in one Roslyn scripting state, as the .NET Interactive
/// kernel would. A <c>#r "path.dll"</c> line must name a file that exists relative to the
/// notebook (so the notebook works for a user who built the solution); it is resolved to the
/// same assembly as built for this test run, so types are shared with the test process.
/// </summary>
internal static partial class NotebookRunner
{
    public static async Task<IReadOnlyList<string>> RunAsync(NotebookDocument notebook)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;

        // The kernel runs a notebook in the notebook's folder, so its relative paths (scenario
        // files) are relative to the notebook. Every notebook lives in notebooks/, so concurrent
        // runs agree on the folder.
        Environment.CurrentDirectory = folder;
        var globals = new NotebookGlobals();
        var options = ScriptOptions.Default
            .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly)
            .WithImports("System", "System.Linq", "System.Collections.Generic")
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithSearchPaths(AppContext.BaseDirectory))
            .WithEmitDebugInformation(false);
        ScriptState<object>? state = null;
        foreach (var cell in notebook.Cells.Where(c => c.IsCSharpCode))
        {
            var code = ResolveReferences(cell, folder, Path.GetFileName(notebook.Path));
            try
            {
                state = state is null
                    ? await CSharpScript.RunAsync(code, options, globals, typeof(NotebookGlobals))
                    : await state.ContinueWithAsync(code, options);
            }
            catch (CompilationErrorException error)
            {
                throw new NotebookFailedException(notebook.Path, cell.Number, string.Join(Environment.NewLine, error.Diagnostics), error);
            }
            catch (Exception error) when (error is not NotebookFailedException)
            {
                throw new NotebookFailedException(notebook.Path, cell.Number, error.ToString(), error);
            }

            if (state.Exception is { } thrown)
            {
                throw new NotebookFailedException(notebook.Path, cell.Number, thrown.ToString(), thrown);
            }

            // A cell that ends in an expression (no semicolon) shows its value, as in the kernel.
            if (state.ReturnValue is { } value)
            {
                globals.display(value);
            }
        }

        return globals.Outputs;
    }

    private static string ResolveReferences(NotebookCell cell, string folder, string notebookName)
    {
        var code = new StringBuilder();
        foreach (var line in cell.Source.Split('\n'))
        {
            var match = ReferenceLine().Match(line);
            if (!match.Success)
            {
                code.Append(line).Append('\n');
                continue;
            }

            var path = match.Groups["path"].Value;
            if (path.StartsWith("nuget:", StringComparison.Ordinal))
            {
                throw new NotebookFailedException(notebookName, cell.Number,
                    $"'{line.Trim()}': packages cannot be restored here; reference the built library instead.", null);
            }

            if (!File.Exists(Path.Combine(folder, path)))
            {
                throw new NotebookFailedException(notebookName, cell.Number,
                    $"'{line.Trim()}' names no file (relative to the notebook): build the solution first, or fix the path.", null);
            }

            var built = Path.Combine(AppContext.BaseDirectory, Path.GetFileName(path));
            code.Append("#r \"").Append(built).Append("\"\n");
        }

        return code.ToString();
    }

    [GeneratedRegex("^\\s*#r\\s+\"(?<path>[^\"]+)\"\\s*$")]
    private static partial Regex ReferenceLine();
}

/// <summary>A notebook failed: which one, which cell (1-based), and why.</summary>
internal sealed class NotebookFailedException(string notebook, int cell, string reason, Exception? inner)
    : Exception($"{notebook}, cell {cell}: {reason}", inner);
