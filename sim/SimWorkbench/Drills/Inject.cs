using SimWorkbench.Drills.Updates;
using SimWorkbench.Hazards;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills;

/// <summary>One event of the trainer's script (a line of the master scenario events list).</summary>
/// <param name="Id">The inject's id (its number in the list).</param>
/// <param name="At">When it fires, from the start of the run; null for a contingency inject, which fires when <paramref name="IfMissed"/> is missed.</param>
/// <param name="Kind">What it does.</param>
/// <param name="To">The role it is addressed to, if any.</param>
/// <param name="Text">What the trainees are told.</param>
/// <param name="Hazard">For a <see cref="InjectKind.Hazard"/> inject, the scenario's hazard it forces to strike.</param>
/// <param name="IfMissed">For a contingency inject, the expected action whose miss fires it.</param>
/// <param name="Expected">The actions expected of the trainees after it, each with its time limit.</param>
public sealed record Inject(
    string Id,
    Duration? At,
    InjectKind Kind,
    string? To,
    string Text,
    HazardId? Hazard,
    string? IfMissed,
    IReadOnlyList<ExpectedAction> Expected)
{
    /// <summary>How the inject reaches the trainees (phone, radio, e-mail, a controller in person), for the MSEL; null when not said.</summary>
    public string? Delivery { get; init; }

    /// <summary>Who it comes from, as played by the controllers (e.g. "Old Town mayor"), for the MSEL; null when not said.</summary>
    public string? From { get; init; }

    /// <summary>The exercise objective it serves, for the MSEL; null when not said.</summary>
    public string? Objective { get; init; }

    /// <summary>Notes for the evaluators, for the MSEL; null when not said.</summary>
    public string? Notes { get; init; }

    /// <summary>For a <see cref="InjectKind.DataUpdate"/> inject, what it changes in the world; null when it only informs.</summary>
    public DataUpdate? Update { get; init; }
}
