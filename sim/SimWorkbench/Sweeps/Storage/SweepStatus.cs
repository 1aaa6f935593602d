namespace SimWorkbench.Sweeps.Storage;

/// <summary>How far a sweep database has got.</summary>
/// <param name="Info">What it holds.</param>
/// <param name="Done">Runs finished (succeeded or failed).</param>
/// <param name="Failed">Runs recorded as failed.</param>
/// <param name="Running">True when read from a running sweep's progress note (its database is open in the process writing it): the figures are those of its last commit.</param>
public sealed record SweepStatus(SweepInfo Info, long Done, long Failed, bool Running = false)
{
    /// <summary>Whether every run of the parts held is done.</summary>
    public bool IsComplete => Done == Info.PartRuns;
}
