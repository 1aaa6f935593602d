using System.Globalization;

namespace SimWorkbench.Cli.Commands;

/// <summary>
/// A running sweep's pace as the progress display shows it: runs done of the part, the rate of
/// this invocation, and the time left at that rate. Runs found done when it started do not count
/// toward the rate, so a resumed sweep does not look faster than it runs.
/// </summary>
internal static class SweepPace
{
    /// <summary>E.g. <c>1,234/3,600 runs, 2.3 runs/s, about 17 min left</c>.</summary>
    /// <param name="done">Runs done, those found done at the start included.</param>
    /// <param name="total">Runs in the part.</param>
    /// <param name="doneBefore">Runs found done at the start.</param>
    /// <param name="seconds">Seconds since this invocation started running.</param>
    public static string Describe(long done, long total, long doneBefore, double seconds)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{done:N0}/{total:N0} runs");
        var ran = done - doneBefore;
        if (ran <= 0 || seconds <= 0)
        {
            return text;
        }

        var rate = ran / seconds;
        return string.Create(CultureInfo.InvariantCulture, $"{text}, {rate:0.0} runs/s, about {Left((total - done) / rate)} left");
    }

    private static string Left(double seconds) => seconds switch
    {
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(seconds):0} s"),
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(seconds / 60):0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(seconds / 3600):0} h {Math.Ceiling(seconds % 3600 / 60):0} min"),
    };
}
