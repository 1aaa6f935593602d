using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SimWorkbench.Kernel;

/// <summary>An event that succeeds by itself once a delay (in hours) has passed.</summary>
/// <remarks>
/// <see cref="Simulation.Timeout"/> hands out recycled timeouts so that the hot path allocates
/// nothing: once such a timeout has been processed and has resumed the one process that
/// yielded or awaited it, the simulation reuses the object. Read its value in the step it
/// resumes; do not keep it for later (as with a <c>ValueTask</c>). A timeout that anything else
/// hooks onto (a condition, a callback, a second process, <c>Run(until)</c>) is never recycled,
/// and one made with the constructor never is either.
/// </remarks>
public sealed class Timeout : Event
{
    /// <summary>Creates a timeout that is never recycled, to keep and inspect after it fires.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="delay">Hours from now; finite and not negative.</param>
    /// <param name="value">The value the timeout succeeds with.</param>
    public Timeout(Simulation simulation, double delay, object? value = null)
        : base(simulation)
    {
        CheckDelay(delay);
        Delay = delay;
        TriggerSuccess(value, delay);
    }

    internal Timeout(Simulation simulation)
        : base(simulation)
    {
    }

    /// <summary>The delay in hours between the timeout's creation and its firing.</summary>
    public double Delay { get; private set; }

    /// <inheritdoc/>
    public override string ToString() => $"Timeout({Delay:R} h)";

    // The test inlines on the hot path; the throw stays out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckDelay(double delay)
    {
        if (!(delay >= 0) || double.IsPositiveInfinity(delay))
        {
            ThrowBadDelay(delay);
        }
    }

    internal void Start(double delay, object? value, EventPriority priority)
    {
        Delay = delay;
        Recyclable = true;
        TriggerSuccess(value, delay, priority);
    }

    internal override void Recycle() => Simulation.Recycle(this);

    [DoesNotReturn]
    private static void ThrowBadDelay(double delay) =>
        throw new ArgumentOutOfRangeException(nameof(delay), delay, "A delay must be a finite number of hours, zero or more.");

    private protected override void EnsureUserMayTrigger() =>
        throw new InvalidOperationException("A timeout triggers itself when its delay has passed; it cannot be triggered by hand.");
}
