using SimWorkbench.Network;

namespace SimWorkbench.Supply;

/// <summary>
/// Great-circle distances between places, remembered: every hazard strike measures the distance
/// from its centre to every element, and the centres recur (a hazard's epicentre, and the elements
/// at which cascades strike), run after run when a thread's runs share one memo.
/// </summary>
/// <remarks>Distances are computed with portable trigonometry (<see cref="GeoPoint.DistanceTo"/>), so
/// a remembered one is the same number as a fresh one; the memo forgets everything once it holds
/// <see cref="MaxEntries"/>, so that sweeping places never makes it grow without bound.</remarks>
internal sealed class DistanceMemo
{
    /// <summary>The most distances held.</summary>
    public const int MaxEntries = 1 << 16;

    private readonly Dictionary<(GeoPoint From, GeoPoint To), double> _kilometres = [];

    /// <summary>The distance between two places, in km.</summary>
    /// <param name="from">One place.</param>
    /// <param name="to">The other.</param>
    /// <returns>Kilometres.</returns>
    public double Kilometres(GeoPoint from, GeoPoint to)
    {
        if (_kilometres.TryGetValue((from, to), out var known))
        {
            return known;
        }

        if (_kilometres.Count >= MaxEntries)
        {
            _kilometres.Clear();
        }

        var distance = from.DistanceTo(to).Kilometres;
        _kilometres.Add((from, to), distance);
        return distance;
    }
}
