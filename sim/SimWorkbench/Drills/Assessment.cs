namespace SimWorkbench.Drills;

/// <summary>How an expected action went.</summary>
/// <param name="Action">The expected action.</param>
/// <param name="Inject">The id of the inject that set it.</param>
/// <param name="DeadlineHours">When its time limit ran out, in hours from the start.</param>
/// <param name="MetAtHours">When the deliveries reached the amount, or null when they did not by the deadline (or by the drill's end).</param>
/// <param name="Assessed">False when the drill ended before the deadline and the action was not yet met.</param>
public sealed record Assessment(ExpectedAction Action, string Inject, double DeadlineHours, double? MetAtHours, bool Assessed)
{
    /// <summary>True when it was met within its time limit.</summary>
    public bool Met => MetAtHours is not null;
}
