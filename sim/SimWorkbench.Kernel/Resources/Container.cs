using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SimWorkbench.Kernel;

/// <summary>
/// A continuous level between zero and a capacity: the stockpile primitive. A put waits until
/// the amount fits; a get waits until the level covers it. Each side is served first come, first
/// served: a waiting put or get at the head of its queue holds back those behind it, so a large
/// request is not starved by small ones.
/// </summary>
public sealed class Container
{
    private readonly Queue<ContainerPut> _puts = new();
    private readonly Queue<ContainerGet> _gets = new();
    private readonly Stack<ContainerPut> _sparePuts = new();
    private readonly Stack<ContainerGet> _spareGets = new();
    private int _waitingPuts;
    private int _waitingGets;

    /// <summary>Creates a container.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="capacity">The largest level; positive and finite.</param>
    /// <param name="initial">The starting level, between 0 and <paramref name="capacity"/>.</param>
    public Container(Simulation simulation, double capacity, double initial = 0)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (!(capacity > 0) || double.IsPositiveInfinity(capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A container's capacity must be positive and finite.");
        }

        if (!(initial >= 0 && initial <= capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(initial), initial, $"The initial level must lie between 0 and the capacity ({capacity:R}).");
        }

        Simulation = simulation;
        Capacity = capacity;
        Level = initial;
    }

    /// <summary>The simulation.</summary>
    public Simulation Simulation { get; }

    /// <summary>The largest level.</summary>
    public double Capacity { get; }

    /// <summary>The current level.</summary>
    public double Level { get; private set; }

    /// <summary>The number of puts waiting for room.</summary>
    public int WaitingPuts => _waitingPuts;

    /// <summary>The number of gets waiting for stock.</summary>
    public int WaitingGets => _waitingGets;

    /// <summary>Adds <paramref name="amount"/> once it fits under the capacity.</summary>
    /// <param name="amount">Positive, finite, and no more than the capacity.</param>
    /// <returns>An event that succeeds when the amount has been added.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive, not finite, or larger than the capacity (it could never fit).</exception>
    public ContainerPut Put(double amount)
    {
        CheckAmount(amount);
        var put = _sparePuts.TryPop(out var spare) ? spare : new ContainerPut(this);
        put.Start(amount);
        if (_waitingPuts == 0 && Level + amount <= Capacity)
        {
            // Nothing waits ahead and it fits: done at once, and a waiting get may now be met.
            Level += amount;
            put.TriggerSuccess(null);
            if (_waitingGets > 0)
            {
                Settle();
            }

            return put;
        }

        _puts.Enqueue(put);
        _waitingPuts++;
        Settle();
        return put;
    }

    /// <summary>Takes <paramref name="amount"/> once the level covers it.</summary>
    /// <param name="amount">Positive, finite, and no more than the capacity.</param>
    /// <returns>An event that succeeds when the amount has been taken.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive, not finite, or larger than the capacity (it could never be met).</exception>
    public ContainerGet Get(double amount)
    {
        CheckAmount(amount);
        var get = _spareGets.TryPop(out var spare) ? spare : new ContainerGet(this);
        get.Start(amount);
        if (_waitingGets == 0 && Level >= amount)
        {
            // Nothing waits ahead and the level covers it: done at once, and a waiting put may now fit.
            Level -= amount;
            get.TriggerSuccess(null);
            if (_waitingPuts > 0)
            {
                Settle();
            }

            return get;
        }

        _gets.Enqueue(get);
        _waitingGets++;
        Settle();
        return get;
    }

    /// <summary>
    /// Takes <paramref name="amount"/> at once, without an event, when the level covers it and no
    /// get is waiting ahead (first come, first served holds): for a model that draws from stock
    /// on its own clock tick and must not wait. Waiting puts that now fit are then served.
    /// </summary>
    /// <param name="amount">Positive, finite, and no more than the capacity.</param>
    /// <returns>True if taken; false leaves the level as it was.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive, not finite, or larger than the capacity.</exception>
    public bool TryGet(double amount)
    {
        CheckAmount(amount);
        if (_waitingGets > 0 || Level < amount)
        {
            return false;
        }

        Level -= amount;
        Settle();
        return true;
    }

    /// <summary>
    /// Adds <paramref name="amount"/> at once, without an event, when it fits under the capacity
    /// and no put is waiting ahead. Waiting gets that the new level covers are then served.
    /// </summary>
    /// <param name="amount">Positive, finite, and no more than the capacity.</param>
    /// <returns>True if added; false leaves the level as it was.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive, not finite, or larger than the capacity.</exception>
    public bool TryPut(double amount)
    {
        CheckAmount(amount);
        if (_waitingPuts > 0 || Level + amount > Capacity)
        {
            return false;
        }

        Level += amount;
        Settle();
        return true;
    }

    internal void Withdraw(ContainerOperation operation)
    {
        operation.Withdrawn = true;
        if (operation is ContainerPut)
        {
            _waitingPuts--;
        }
        else
        {
            _waitingGets--;
        }

        Settle();
    }

    internal void Recycle(ContainerOperation operation)
    {
        operation.ResetForReuse();
        if (operation is ContainerPut put)
        {
            _sparePuts.Push(put);
        }
        else
        {
            _spareGets.Push((ContainerGet)operation);
        }
    }

    // The test inlines on the hot path; the throw stays out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckAmount(double amount)
    {
        if (!(amount > 0) || amount > Capacity)
        {
            ThrowBadAmount(amount);
        }
    }

    [DoesNotReturn]
    private void ThrowBadAmount(double amount) =>
        throw new ArgumentOutOfRangeException(nameof(amount), amount, $"An amount must be positive and at most the capacity ({Capacity:R}).");

    private void Settle()
    {
        // A put can unblock a get and a get a put: go on until neither head can move.
        bool moved;
        do
        {
            moved = false;
            while (_puts.TryPeek(out var put))
            {
                if (put.Withdrawn)
                {
                    _puts.Dequeue();
                    continue;
                }

                var raised = Level + put.Amount;
                if (raised > Capacity)
                {
                    break;
                }

                Level = raised;
                _puts.Dequeue();
                _waitingPuts--;
                put.TriggerSuccess(null);
                moved = true;
            }

            while (_gets.TryPeek(out var get))
            {
                if (get.Withdrawn)
                {
                    _gets.Dequeue();
                    continue;
                }

                if (Level < get.Amount)
                {
                    break;
                }

                Level -= get.Amount;
                _gets.Dequeue();
                _waitingGets--;
                get.TriggerSuccess(null);
                moved = true;
            }
        }
        while (moved && (_waitingPuts > 0 || _waitingGets > 0));
    }
}
