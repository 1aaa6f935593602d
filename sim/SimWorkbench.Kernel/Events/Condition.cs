namespace SimWorkbench.Kernel;

/// <summary>
/// An event that succeeds when all (<see cref="Simulation.AllOf"/>, <c>a &amp; b</c>) or any
/// (<see cref="Simulation.AnyOf"/>, <c>a | b</c>) of its events have succeeded, and fails as soon
/// as one of them fails. Its value is a <see cref="ConditionValue"/> of the events that had
/// succeeded by then.
/// </summary>
public sealed class Condition : Event, IEventListener
{
    private readonly Event[] _events;
    private readonly bool _needsAll;
    private int _succeeded;

    internal Condition(Simulation simulation, bool needsAll, Event[] events)
        : base(simulation)
    {
        ArgumentNullException.ThrowIfNull(events);
        _needsAll = needsAll;
        _events = (Event[])events.Clone();
        foreach (var e in _events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            if (!ReferenceEquals(e.Simulation, simulation))
            {
                throw new ArgumentException($"{e} belongs to another simulation and cannot be part of this condition.", nameof(events));
            }
        }

        foreach (var e in _events)
        {
            if (IsTriggered)
            {
                break;
            }

            if (e.IsProcessed)
            {
                Count(e);
            }
            else
            {
                e.AddListener(this);
            }
        }

        if (_events.Length == 0 && !IsTriggered)
        {
            TriggerSuccess(new ConditionValue([]));
        }
    }

    /// <summary>The events this condition combines, in the order given.</summary>
    public IReadOnlyList<Event> Events => _events;

    /// <summary>True if every event must succeed; false if any one suffices.</summary>
    public bool NeedsAll => _needsAll;

    /// <inheritdoc/>
    public override string ToString() => _needsAll ? $"AllOf({_events.Length} events)" : $"AnyOf({_events.Length} events)";

    void IEventListener.OnEventProcessed(Event processed) => Count(processed);

    private void Count(Event processed)
    {
        if (IsTriggered)
        {
            return;
        }

        if (processed.Error is { } error)
        {
            StopListening();
            TriggerFailure(error);
            return;
        }

        _succeeded++;
        if (_needsAll ? _succeeded == _events.Length : _succeeded >= 1)
        {
            StopListening();
            TriggerSuccess(BuildValue());
        }
    }

    private ConditionValue BuildValue()
    {
        var fired = new List<KeyValuePair<Event, object?>>(_events.Length);
        Collect(this, fired);
        return new ConditionValue(fired);
    }

    private static void Collect(Condition condition, List<KeyValuePair<Event, object?>> fired)
    {
        foreach (var e in condition._events)
        {
            if (!e.IsProcessed || !e.IsOk)
            {
                continue;
            }

            if (e is Condition nested)
            {
                // Nested conditions (a & b & c) report their leaf events, as one flat value.
                Collect(nested, fired);
            }
            else
            {
                fired.Add(new(e, e.RawValue));
            }
        }
    }

    /// <summary>The process waiting on this condition left (an interrupt): the events it combined are abandoned too.</summary>
    internal override void OnAbandoned()
    {
        if (IsTriggered)
        {
            return;
        }

        StopListening();
        foreach (var e in _events)
        {
            if (!e.IsProcessed && !e.HasListeners)
            {
                e.OnAbandoned();
            }
        }
    }

    private void StopListening()
    {
        foreach (var e in _events)
        {
            if (!e.IsProcessed)
            {
                e.RemoveListener(this);
            }
        }
    }

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException($"{this} triggers itself from its events; it cannot be triggered by hand.");
}
