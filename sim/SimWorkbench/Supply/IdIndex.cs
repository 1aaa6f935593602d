namespace SimWorkbench.Supply;

/// <summary>
/// The index of each of a run's things (cities, depots, commodities, fleets) by its id, for the
/// strategies' dispatches, which name things by id.
/// </summary>
/// <remarks>
/// A strategy names the same city, fleet and commodity in many dispatches in a row (a grant cut into
/// vehicle loads), with the scenario's own id strings, so the last id found is remembered and a
/// reference check finds it again before the dictionary hashes it.
/// </remarks>
internal sealed class IdIndex
{
    private readonly Dictionary<string, int> _index;
    private string? _last;
    private int _lastIndex;

    /// <summary>An index of <paramref name="ids"/>, each at its position; ids must differ.</summary>
    public IdIndex(IEnumerable<string> ids)
    {
        _index = [];
        foreach (var id in ids)
        {
            _index.Add(id, _index.Count);
        }
    }

    /// <summary>Finds an id's index.</summary>
    /// <param name="id">The id, or null.</param>
    /// <param name="index">Its index when found.</param>
    /// <returns>False when there is no such id.</returns>
    public bool TryFind(string? id, out int index)
    {
        if (ReferenceEquals(id, _last) && id is not null)
        {
            index = _lastIndex;
            return true;
        }

        if (id is null || !_index.TryGetValue(id, out index))
        {
            index = -1;
            return false;
        }

        _last = id;
        _lastIndex = index;
        return true;
    }
}
