namespace SimWorkbench.Sweeps;

/// <summary>What one invocation of a sweep did.</summary>
/// <param name="Total">Runs in the part run.</param>
/// <param name="AlreadyDone">Runs found done in the database at the start (and skipped).</param>
/// <param name="Ran">Runs done by this invocation.</param>
/// <param name="Failed">Runs of the part recorded as failed, earlier ones included.</param>
/// <param name="ElapsedSeconds">Wall time of this invocation, in seconds (a measurement, not a result).</param>
/// <param name="WritingSeconds">Of it, the time the writer spent appending and committing, in seconds.</param>
public sealed record SweepSummary(long Total, long AlreadyDone, long Ran, long Failed, double ElapsedSeconds, double WritingSeconds)
{
    /// <summary>Runs per second of this invocation.</summary>
    public double RunsPerSecond => ElapsedSeconds > 0 ? Ran / ElapsedSeconds : 0;

    /// <summary>The share of the wall time spent writing results.</summary>
    public double WritingShare => ElapsedSeconds > 0 ? WritingSeconds / ElapsedSeconds : 0;
}
