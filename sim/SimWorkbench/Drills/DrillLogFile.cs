using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SimWorkbench.Drills.Play;

namespace SimWorkbench.Drills;

/// <summary>
/// A drill session's log file (JSON lines). The first line names the drill file (full path and the
/// SHA-256 of its text) and holds the orders as given; the others are the session's
/// <see cref="DrillSession.Log"/>. <see cref="Replay"/> plays the drill again from it and compares.
/// </summary>
public static class DrillLogFile
{
    /// <summary>The log's lines: the header, then the session's entries.</summary>
    /// <param name="drillPath">The drill file played.</param>
    /// <param name="drillText">Its text as loaded (<see cref="DrillLoadResult.SourceText"/>).</param>
    /// <param name="orders">The orders as given.</param>
    /// <param name="session">The session.</param>
    /// <returns>The lines, each one JSON object.</returns>
    public static IReadOnlyList<string> Lines(string drillPath, string drillText, IReadOnlyList<DrillOrder> orders, DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(drillPath);
        ArgumentNullException.ThrowIfNull(drillText);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(session);
        var header = DrillLog.Line(null, w =>
        {
            w.WriteString("type", "drill");
            w.WriteString("drill", Path.GetFullPath(drillPath));
            w.WriteString("sha256", Hash(drillText));
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

    /// <summary>
    /// Replays the log at <paramref name="logPath"/>: loads the drill it names (which must be
    /// unchanged), plays its orders again, and compares every line with the log.
    /// </summary>
    /// <param name="logPath">A log written by a drill session.</param>
    /// <returns>The replay: errors that stopped it, or the new session and the first line that differs (none when identical).</returns>
    public static DrillReplayResult Replay(string logPath)
    {
        ArgumentNullException.ThrowIfNull(logPath);
        string[] recorded;
        try
        {
            recorded = File.ReadAllLines(logPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return DrillReplayResult.Failed($"{logPath}: cannot read the log: {e.Message}");
        }

        if (recorded.Length == 0 || Header(recorded[0]) is not { } header)
        {
            return DrillReplayResult.Failed($"{logPath}(1,1): the first line is not a drill log header (a JSON object with type \"drill\").");
        }

        var loaded = DrillLoader.Load(header.DrillPath);
        if (!loaded.IsValid)
        {
            return DrillReplayResult.Failed([$"{logPath}: the drill '{header.DrillPath}' it names does not load:", .. loaded.Diagnostics.Select(d => d.ToString())]);
        }

        if (Hash(loaded.SourceText!) != header.Sha256)
        {
            return DrillReplayResult.Failed($"{logPath}: the drill '{header.DrillPath}' has changed since the session (its SHA-256 differs); a replay needs the drill as it was played.");
        }

        var session = DrillPlay.Play(loaded.Drill!, header.Orders);
        var replayed = Lines(header.DrillPath, loaded.SourceText!, header.Orders, session);
        var length = Math.Max(replayed.Count, recorded.Length);
        for (var line = 0; line < length; line++)
        {
            if (line >= replayed.Count || line >= recorded.Length || !string.Equals(replayed[line], recorded[line], StringComparison.Ordinal))
            {
                return new DrillReplayResult([], session, line + 1);
            }
        }

        return new DrillReplayResult([], session, null);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static (string DrillPath, string Sha256, List<DrillOrder> Orders)? Header(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "drill")
            {
                return null;
            }

            var orders = root.GetProperty("orders").EnumerateArray().Select(OrderJson.Read).ToList();
            return (root.GetProperty("drill").GetString()!, root.GetProperty("sha256").GetString()!, orders);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
