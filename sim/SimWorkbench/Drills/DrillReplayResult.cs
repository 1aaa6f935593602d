namespace SimWorkbench.Drills;

/// <summary>What replaying a drill log gave.</summary>
/// <param name="Errors">Why the replay could not run (an unreadable log, a drill that no longer loads or has changed); empty when it ran.</param>
/// <param name="Session">The replayed session, when it ran.</param>
/// <param name="FirstDifferentLine">The first line (from 1) where the replay's log differs from the recorded one, or null when every line is identical.</param>
public sealed record DrillReplayResult(IReadOnlyList<string> Errors, DrillSession? Session, int? FirstDifferentLine)
{
    /// <summary>True when the replay ran and reproduced the log exactly.</summary>
    public bool Identical => Errors.Count == 0 && FirstDifferentLine is null;

    /// <summary>The drill the log names, as loaded for the replay; null when it could not be.</summary>
    public Drill? Drill { get; init; }

    internal static DrillReplayResult Failed(params string[] errors) => new(errors, null, null);
}
