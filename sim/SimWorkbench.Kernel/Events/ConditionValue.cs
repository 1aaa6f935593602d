using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SimWorkbench.Kernel;

/// <summary>
/// The value of a <see cref="Condition"/>: the events that had succeeded when it fired, each with
/// its value, in the order the condition lists them (nested conditions flattened).
/// </summary>
public sealed class ConditionValue : IReadOnlyDictionary<Event, object?>
{
    private readonly List<KeyValuePair<Event, object?>> _fired;

    internal ConditionValue(List<KeyValuePair<Event, object?>> fired) => _fired = fired;

    /// <summary>The events that fired, in order.</summary>
    public IEnumerable<Event> Keys => _fired.Select(p => p.Key);

    /// <summary>Their values, in the same order.</summary>
    public IEnumerable<object?> Values => _fired.Select(p => p.Value);

    /// <summary>How many events fired.</summary>
    public int Count => _fired.Count;

    /// <summary>The value of an event that fired.</summary>
    /// <param name="key">The event.</param>
    /// <exception cref="KeyNotFoundException">The event is not among those that fired.</exception>
    public object? this[Event key] => TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"{key} is not among the events that fired.");

    /// <summary>True if <paramref name="key"/> fired.</summary>
    /// <param name="key">The event.</param>
    /// <returns>Whether it is in the value.</returns>
    public bool ContainsKey(Event key) => TryGetValue(key, out _);

    /// <summary>The value of <paramref name="key"/> if it fired.</summary>
    /// <param name="key">The event.</param>
    /// <param name="value">Its value.</param>
    /// <returns>Whether it fired.</returns>
    public bool TryGetValue(Event key, [MaybeNullWhen(false)] out object? value)
    {
        foreach (var pair in _fired)
        {
            if (ReferenceEquals(pair.Key, key))
            {
                value = pair.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Enumerates the events that fired with their values, in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<Event, object?>> GetEnumerator() => _fired.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
