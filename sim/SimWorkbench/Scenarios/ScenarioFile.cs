using System.Text;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Scenarios;

/// <summary>Reads a scenario file's text, refusing what is not a regular file or is too large (reading at most the limit, whatever the file claims).</summary>
internal static class ScenarioFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text, or null with an error at <paramref name="blame"/> (where the file was named).</summary>
    public static string? Read(string fullPath, SourceLocation blame, string shownPath, int maxBytes, DiagnosticBag bag)
    {
        if (Directory.Exists(fullPath))
        {
            bag.Error(DiagnosticCodes.UnreadableFile, blame, $"'{shownPath}' is a folder, not a scenario file.");
            return null;
        }

        if (!File.Exists(fullPath))
        {
            bag.Error(DiagnosticCodes.UnreadableFile, blame, $"cannot find '{shownPath}'.");
            return null;
        }

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[maxBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            if (length > maxBytes)
            {
                bag.Error(DiagnosticCodes.TooLarge, blame, $"'{shownPath}' is larger than {maxBytes:N0} bytes; a scenario needs far less.");
                return null;
            }

            var start = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            return Utf8.GetString(buffer, start, length - start);
        }
        catch (IOException e)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, blame, $"cannot read '{shownPath}': {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, blame, $"cannot read '{shownPath}': permission denied.");
            return null;
        }
    }
}
