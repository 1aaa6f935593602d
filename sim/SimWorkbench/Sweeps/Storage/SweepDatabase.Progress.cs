using System.Globalization;
using System.Text.Json;

namespace SimWorkbench.Sweeps.Storage;

/// <summary>
/// The progress note a running sweep keeps beside its database: DuckDB lets one process open a
/// database file at a time, so while a sweep runs, its status is read from the note instead.
/// </summary>
public sealed partial class SweepDatabase
{
    /// <summary>
    /// The progress note's name in the output folder: a JSON object of the <c>sweep</c> table's
    /// keys (<see cref="SweepInfo"/>) with <c>done</c> and <c>failed</c>, the runs in the database
    /// as of the writer's last commit. It is replaced whole after each commit.
    /// </summary>
    public const string ProgressFileName = "sweep.progress.json";

    private string? _progressFile;
    private long _done;
    private long _failed;

    /// <summary>
    /// How far the sweep in <paramref name="folder"/> has got: read from its database or, while another
    /// process is writing that (a sweep running), from the progress note its writer keeps after each
    /// commit (<see cref="SweepStatus.Running"/>).
    /// </summary>
    /// <param name="folder">A sweep's output folder.</param>
    /// <param name="problem">Why no status can be read, when it cannot.</param>
    /// <returns>The status, or null with <paramref name="problem"/> set.</returns>
    public static SweepStatus? StatusOf(string folder, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!File.Exists(PathIn(folder)))
        {
            problem = $"{folder} holds no sweep database ({FileName}).";
            return null;
        }

        if (TryConnect(PathIn(folder), readOnly: true, out problem, out var locked) is { } connection)
        {
            using var database = new SweepDatabase(connection, SweepInfo.Read(connection));
            return database.Status();
        }

        var note = Path.Combine(folder, ProgressFileName);
        if (!locked || !File.Exists(note))
        {
            return null;
        }

        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(note))!;
        problem = null;
        return new SweepStatus(
            SweepInfo.From(values),
            long.Parse(values["done"], CultureInfo.InvariantCulture),
            long.Parse(values["failed"], CultureInfo.InvariantCulture),
            Running: true);
    }

    /// <summary>Starts keeping the progress note in <paramref name="folder"/>, from the runs the database holds now.</summary>
    private void KeepProgressIn(string folder)
    {
        var status = Status();
        (_done, _failed) = (status.Done, status.Failed);
        _progressFile = Path.Combine(folder, ProgressFileName);
        WriteProgress();
    }

    /// <summary>Counts a committed batch and replaces the note (written aside, then moved over the old one).</summary>
    private void NoteCommitted(IReadOnlyList<RunRecord> batch)
    {
        if (_progressFile is null)
        {
            return;
        }

        _done += batch.Count;
        _failed += batch.Count(r => r.Error is not null);
        WriteProgress();
    }

    private void WriteProgress()
    {
        var values = Info.Values();
        values["done"] = _done.ToString(CultureInfo.InvariantCulture);
        values["failed"] = _failed.ToString(CultureInfo.InvariantCulture);
        var aside = _progressFile + ".partial";
        File.WriteAllText(aside, JsonSerializer.Serialize(values));
        File.Move(aside, _progressFile!, overwrite: true);
    }
}
