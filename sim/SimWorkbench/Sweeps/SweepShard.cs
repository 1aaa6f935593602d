using System.Globalization;

namespace SimWorkbench.Sweeps;

/// <summary>
/// One of N disjoint parts of a sweep: part i (from 1) holds the runs whose index is i − 1 modulo N,
/// so every part gets a share of every point. The parts together are the whole sweep.
/// </summary>
/// <param name="Index">The part, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many parts (1 for the whole sweep).</param>
public readonly record struct SweepShard(int Index, int Count)
{
    /// <summary>The whole sweep, unsharded.</summary>
    public static SweepShard Whole { get; } = new(1, 1);

    /// <summary>Whether run <paramref name="run"/> belongs to this part.</summary>
    /// <param name="run">The run's index.</param>
    /// <returns>True when it does.</returns>
    public bool Contains(long run) => run % Count == Index - 1;

    /// <summary>How many of <paramref name="runs"/> runs (indices 0 to runs − 1) this part holds.</summary>
    /// <param name="runs">The sweep's run count.</param>
    /// <returns>The part's run count.</returns>
    public long RunsOf(long runs) => runs / Count + (runs % Count >= Index ? 1 : 0);

    /// <summary>Reads <c>i/N</c> with 1 ≤ i ≤ N.</summary>
    /// <param name="text">The text, e.g. <c>2/4</c>.</param>
    /// <param name="shard">The part, when the text is valid.</param>
    /// <returns>True when the text is valid.</returns>
    public static bool TryParse(string? text, out SweepShard shard)
    {
        shard = Whole;
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            shard = new SweepShard(index, count);
            return true;
        }

        return false;
    }

    /// <summary>The part as <c>i/N</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
