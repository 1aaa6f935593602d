using SimWorkbench.Quantities;

namespace SimWorkbench.Drills;

/// <summary>
/// A trainees' order (one of the kinds in <see cref="Orders"/>). It is checked when its time comes;
/// one that cannot be carried out then is refused with its reason and changes nothing.
/// </summary>
/// <param name="Number">The order's number, from 1, in the order file or the live session.</param>
/// <param name="At">When it is given, from the start of the run.</param>
public abstract record DrillOrder(int Number, Duration At)
{
    /// <summary>The order's kind as the order file and the console name it (<c>dispatch</c>, <c>reroute</c>, …).</summary>
    public abstract string Kind { get; }
}
