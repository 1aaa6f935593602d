namespace SimWorkbench.Sweeps;

/// <summary>How far a sweep (or its part) has got.</summary>
/// <param name="Done">Runs finished, those of earlier invocations included.</param>
/// <param name="Committed">Runs safely in the database, those of earlier invocations included.</param>
/// <param name="Total">Runs in this part of the sweep.</param>
/// <param name="AfterCommit">True when reported after a batch was committed, false after a run finished.</param>
public readonly record struct SweepProgress(long Done, long Committed, long Total, bool AfterCommit);
