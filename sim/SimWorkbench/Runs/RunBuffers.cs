namespace SimWorkbench.Runs;

/// <summary>
/// The hourly need and served arrays and the delivery list of a run, kept by one thread and reused
/// by its next run: how a comparison's replications avoid allocating them afresh each time; and the
/// distances hazard strikes measured, which the next runs measure again.
/// </summary>
/// <remarks>
/// Each array holds cities × commodities × hours values (622 KB each in the metro scenario), and
/// the delivery list grows to tens of thousands of loads (about 1 MB): past the runtime's
/// large-object threshold, so allocated per run every few of them would set off a full
/// (generation 2) garbage collection. A run's <see cref="RunOutcome.Need"/>,
/// <see cref="RunOutcome.Served"/> and <see cref="RunOutcome.Deliveries"/> then read these, so the
/// outcome is valid only until the same buffers serve the next run: a caller uses it (computes
/// its metrics, copies what it keeps) before that.
/// </remarks>
internal sealed class RunBuffers
{
    private double[] _need = [];
    private double[] _served = [];
    private readonly List<Delivery> _deliveries = [];

    /// <summary>The need array, cleared, of exactly <paramref name="length"/> values.</summary>
    /// <param name="length">Cities × commodities × hours.</param>
    /// <returns>The array.</returns>
    public double[] Need(int length) => Cleared(ref _need, length);

    /// <summary>The served array, cleared, of exactly <paramref name="length"/> values.</summary>
    /// <param name="length">Cities × commodities × hours.</param>
    /// <returns>The array.</returns>
    public double[] Served(int length) => Cleared(ref _served, length);

    /// <summary>Distances between places measured by hazard strikes, kept for the thread's next runs.</summary>
    public Supply.DistanceMemo Distances { get; } = new();

    /// <summary>The delivery list, emptied (its capacity kept).</summary>
    /// <returns>The list.</returns>
    public List<Delivery> Deliveries()
    {
        _deliveries.Clear();
        return _deliveries;
    }

    private static double[] Cleared(ref double[] array, int length)
    {
        if (array.Length != length)
        {
            array = new double[length];
        }
        else
        {
            Array.Clear(array);
        }

        return array;
    }
}
