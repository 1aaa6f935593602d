using System.Security.Cryptography;
using System.Text;
using SimWorkbench.Drills.Play;
using SimWorkbench.Drills.Reading;

namespace SimWorkbench.Drills;

/// <summary>
/// A drill session's log file (JSON lines). The first line names the drill file (its path relative
/// to the log's folder, the SHA-256 of its text and of its scenario as run) and holds the orders as
/// given; the others are the session's <see cref="DrillSession.Log"/>. <see cref="Read"/> types it;
/// <see cref="Replay"/> plays the drill again from it and compares. A log moved together with its
/// drill and scenario (their relative places kept) replays anywhere.
/// </summary>
public static class DrillLogFile
{
    /// <summary>The log's lines: the header, then the session's entries.</summary>
    /// <param name="logPath">Where the log will be written: the drill's path is stored relative to its folder.</param>
    /// <param name="drillPath">The drill file played.</param>
    /// <param name="loaded">The drill as loaded (its texts are hashed).</param>
    /// <param name="orders">The orders as given.</param>
    /// <param name="session">The session.</param>
    /// <returns>The lines, each one JSON object.</returns>
    /// <exception cref="ArgumentException">The drill did not load.</exception>
    public static IReadOnlyList<string> Lines(string logPath, string drillPath, DrillLoadResult loaded, IReadOnlyList<DrillOrder> orders, DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(logPath);
        ArgumentNullException.ThrowIfNull(drillPath);
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(session);
        if (!loaded.IsValid || loaded.SourceText is null || loaded.ScenarioText is null)
        {
            throw new ArgumentException("The drill did not load; a log records a session of a valid drill.", nameof(loaded));
        }

        var logFolder = Path.GetDirectoryName(Path.GetFullPath(logPath))!;

        // Forward slashes: the log reads the same on every system.
        var relative = Path.GetRelativePath(logFolder, Path.GetFullPath(drillPath)).Replace('\\', '/');
        var header = DrillLog.Line(null, w =>
        {
            w.WriteString("type", "drill");
            w.WriteString("drill", relative);
            w.WriteString("sha256", Hash(loaded.SourceText));
            w.WriteString("scenario_sha256", Hash(loaded.ScenarioText));
            w.WriteString("strategy", session.Strategy.Value);
            w.WriteStartArray("orders");
            foreach (var order in orders)
            {
                OrderJson.Write(w, order);
            }

            w.WriteEndArray();
        });
        return [header, .. session.Log];
    }

    /// <summary>Writes the session's log to <paramref name="logPath"/> (its folder created if missing).</summary>
    /// <param name="logPath">The log file to write.</param>
    /// <param name="drillPath">The drill file played.</param>
    /// <param name="loaded">The drill as loaded.</param>
    /// <param name="orders">The orders as given.</param>
    /// <param name="session">The session.</param>
    public static void Write(string logPath, string drillPath, DrillLoadResult loaded, IReadOnlyList<DrillOrder> orders, DrillSession session)
    {
        var lines = Lines(logPath, drillPath, loaded, orders, session);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
        File.WriteAllText(logPath, string.Join('\n', lines) + "\n");
    }

    /// <summary>Reads a log into typed entries, without the drill: what a review or a notebook needs to show a session.</summary>
    /// <param name="logPath">A log written by a drill session.</param>
    /// <returns>The log, or the errors (each with the line) that stopped it.</returns>
    public static DrillLogReading Read(string logPath)
    {
        ArgumentNullException.ThrowIfNull(logPath);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(logPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new DrillLogReading([$"{logPath}: cannot read the log: {e.Message}"], null);
        }

        return SessionLogReader.Read(logPath, lines);
    }

    /// <summary>
    /// Replays the log at <paramref name="logPath"/>: loads the drill it names (relative to the
    /// log's folder; it and its scenario must be unchanged), plays its orders again, and compares
    /// every line with the log.
    /// </summary>
    /// <param name="logPath">A log written by a drill session.</param>
    /// <returns>The replay: errors that stopped it, or the new session and the first line that differs (none when identical).</returns>
    public static DrillReplayResult Replay(string logPath)
    {
        var reading = Read(logPath);
        if (reading.Log is not { } log)
        {
            return DrillReplayResult.Failed([.. reading.Errors]);
        }

        var drillPath = log.DrillPathFrom(logPath);
        if (!File.Exists(drillPath))
        {
            return DrillReplayResult.Failed(
                $"{logPath}: the drill it was played from is not at '{drillPath}' ('{log.DrillPath}' from the log's folder): move or copy the log together with the drill and its scenario, keeping their places relative to each other.");
        }

        var loaded = DrillLoader.Load(drillPath);
        if (!loaded.IsValid)
        {
            return DrillReplayResult.Failed([$"{logPath}: the drill '{drillPath}' it names does not load:", .. loaded.Diagnostics.Select(d => d.ToString())]);
        }

        if (Hash(loaded.SourceText!) != log.DrillSha256)
        {
            return DrillReplayResult.Failed($"{logPath}: the drill '{drillPath}' has changed since the session (its SHA-256 differs); a replay needs the drill as it was played.");
        }

        if (log.ScenarioSha256 is { } scenarioHash && Hash(loaded.ScenarioText!) != scenarioHash)
        {
            return DrillReplayResult.Failed($"{logPath}: the scenario of the drill '{drillPath}' has changed since the session (its SHA-256 differs); a replay needs the scenario as it was run.");
        }

        var recorded = File.ReadAllLines(logPath);
        var session = DrillPlay.Play(loaded.Drill!, log.Orders);
        var replayed = Lines(logPath, drillPath, loaded, log.Orders, session);
        var length = Math.Max(replayed.Count, recorded.Length);
        for (var line = 0; line < length; line++)
        {
            if (line >= replayed.Count || line >= recorded.Length || !string.Equals(replayed[line], recorded[line], StringComparison.Ordinal))
            {
                return new DrillReplayResult([], session, line + 1) { Drill = loaded.Drill };
            }
        }

        return new DrillReplayResult([], session, null) { Drill = loaded.Drill };
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
