namespace SimWorkbench.Drills.Updates;

/// <summary>
/// A change to the world that a <see cref="InjectKind.DataUpdate"/> inject carries: the report the
/// trainees are given is true from the inject's time on, in their session and in every yardstick's.
/// Applied through the engine's own mechanisms (demand surges, the cities' population, link states,
/// depots' loading), so the run's records show it.
/// </summary>
public abstract record DataUpdate
{
    /// <summary>What it changes, in words for the log and the report, given the time it applies.</summary>
    /// <param name="atHours">When it applies, in hours from the start.</param>
    /// <returns>e.g. "need for medical in harbour ×4 until 522 h".</returns>
    public abstract string Describe(double atHours);
}
