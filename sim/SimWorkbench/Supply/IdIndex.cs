namespace SimWorkbench.Supply;

/// <summary>
/// The index of each of a run's things (cities, depots, commodities, fleets) by its id, for the
/// strategies' dispatches and questions, which name things by id.
/// </summary>
/// <remarks>
/// Strategies name things with the scenario's own id strings, so they are looked up first by
/// reference (no hashing of the text), then, for an equal string that is another instance, by value.
/// </remarks>
internal sealed class IdIndex
{
    private readonly Dictionary<string, int> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _byValue = new(StringComparer.Ordinal);

    /// <summary>An index of <paramref name="ids"/>, each at its position; ids must differ.</summary>
    public IdIndex(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            _byValue.Add(id, _byValue.Count);
            _byReference.Add(id, _byReference.Count);
        }
    }

    /// <summary>Finds an id's index.</summary>
    /// <param name="id">The id, or null.</param>
    /// <param name="index">Its index when found.</param>
    /// <returns>False when there is no such id.</returns>
    public bool TryFind(string? id, out int index)
    {
        if (id is not null && (_byReference.TryGetValue(id, out index) || _byValue.TryGetValue(id, out index)))
        {
            return true;
        }

        index = -1;
        return false;
    }
}
