namespace SimWorkbench.Drills;

/// <summary>
/// A condition that ends a drill early (<c>end: { when: …, latest: … }</c>): checked at each whole
/// hour of the run; the drill ends at the first hour it holds, or at its latest end.
/// </summary>
public abstract record EndCondition
{
    /// <summary>The condition as the drill file writes it, for messages and the log.</summary>
    /// <returns>The text.</returns>
    public abstract string Describe();
}
