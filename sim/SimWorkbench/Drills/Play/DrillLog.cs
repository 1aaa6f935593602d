using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SimWorkbench.Drills.Play;

/// <summary>
/// The entries of a drill's log as JSON lines, kept in time order (stable for ties: the order in
/// which the simulation produced them). Numbers are written round-trip exact, so a replay can be
/// compared line by line.
/// </summary>
internal sealed class DrillLog
{
    // Quotes and '<' stay readable: the log is read by people and by replay, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<(double Time, string Line)> entries = [];

    public void Add(double timeHours, Action<Utf8JsonWriter> write) => entries.Add((timeHours, Line(timeHours, write)));

    /// <summary>The lines, ordered by time (stable).</summary>
    public List<string> Lines() => [.. entries.Select((e, i) => (e, i)).OrderBy(x => x.e.Time).ThenBy(x => x.i).Select(x => x.e.Line)];

    public static string Line(double? timeHours, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            if (timeHours is { } t)
            {
                writer.WriteNumber("t", t);
            }

            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a number, or null when it is not finite (JSON has no NaN).</summary>
    public static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
