using System.Globalization;
using System.Text;

namespace SimWorkbench.Results;

/// <summary>
/// A results folder being written: files go into a hidden working folder beside the destination,
/// which <see cref="Complete"/> renames into place in one step. A run that is killed or fails
/// leaves no half-written results folder behind (at most a hidden working folder, which the next
/// <see cref="Begin"/> in the same parent removes once it is stale), and an existing folder is
/// never overwritten.
/// </summary>
public sealed class ResultsFolder : IDisposable
{
    private const string WorkingPrefix = ".incomplete-";
    private bool _completed;

    private ResultsFolder(string destination, string workingPath)
    {
        Destination = destination;
        WorkingPath = workingPath;
    }

    /// <summary>Where the results will be once complete.</summary>
    public string Destination { get; }

    /// <summary>The hidden folder the files are written into until <see cref="Complete"/>.</summary>
    public string WorkingPath { get; }

    /// <summary>
    /// Starts writing the results folder <paramref name="name"/> under <paramref name="parent"/>.
    /// If that name is taken, the next free one of <c>name-2</c>, <c>name-3</c>, … is used.
    /// </summary>
    /// <param name="parent">The folder results go in (created if missing), e.g. <c>results</c>.</param>
    /// <param name="name">The folder's name, e.g. the scenario's file name and the command.</param>
    /// <returns>The folder being written.</returns>
    public static ResultsFolder Begin(string parent, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(parent);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.StartsWith('.'))
        {
            throw new ArgumentException($"'{name}' cannot be a results folder name.", nameof(name));
        }

        Directory.CreateDirectory(parent);
        RemoveStaleWorkingFolders(parent);
        var working = Path.Combine(parent, WorkingPrefix + name + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(working))
        {
            Directory.Delete(working, recursive: true);
        }

        Directory.CreateDirectory(working);
        return new ResultsFolder(Path.Combine(parent, name), working);
    }

    /// <summary>Writes a text file (UTF-8, no byte-order mark) into the folder.</summary>
    /// <param name="relativePath">The file's path inside the folder, e.g. <c>metrics/summary.csv</c>.</param>
    /// <param name="content">The text.</param>
    public void WriteText(string relativePath, string content)
    {
        using var stream = Create(relativePath);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(content);
    }

    /// <summary>Creates a file in the folder for the caller to write.</summary>
    /// <param name="relativePath">The file's path inside the folder.</param>
    /// <returns>A stream the caller disposes.</returns>
    public Stream Create(string relativePath)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        var path = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
    }

    /// <summary>Moves the finished folder into place, under the first free name.</summary>
    /// <returns>The path of the completed results folder.</returns>
    public string Complete()
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        for (var attempt = 1; ; attempt++)
        {
            var target = attempt == 1 ? Destination : Destination + "-" + attempt.ToString(CultureInfo.InvariantCulture);
            if (Directory.Exists(target) || File.Exists(target))
            {
                continue;
            }

            try
            {
                Directory.Move(WorkingPath, target);
            }
            catch (IOException) when (Directory.Exists(target))
            {
                continue; // another process took the name between the check and the move
            }

            _completed = true;
            return target;
        }
    }

    /// <summary>Removes the working folder unless the results were completed.</summary>
    public void Dispose()
    {
        if (!_completed && Directory.Exists(WorkingPath))
        {
            Directory.Delete(WorkingPath, recursive: true);
        }

        _completed = true;
    }

    private string Resolve(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        var full = Path.GetFullPath(Path.Combine(WorkingPath, relativePath));
        var root = Path.GetFullPath(WorkingPath) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' would leave the results folder.", nameof(relativePath));
        }

        return full;
    }

    private static void RemoveStaleWorkingFolders(string parent)
    {
        // A working folder whose process is gone was left by a killed run.
        foreach (var folder in Directory.EnumerateDirectories(parent, WorkingPrefix + "*"))
        {
            var dash = folder.LastIndexOf('-');
            if (int.TryParse(folder.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var owner) && !IsRunning(owner))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
