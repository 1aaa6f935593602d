namespace SimWorkbench.Drills;

/// <summary>What became of one order.</summary>
/// <param name="Order">The order.</param>
/// <param name="Refusal">Why it was refused (its reason code, a colon, and the explanation), or null when it was carried out.</param>
/// <param name="Loads">The vehicle loads it was split into, or for a reroute the waiting loads it redirected (0 when refused or for other kinds).</param>
public sealed record OrderResult(DrillOrder Order, string? Refusal, int Loads)
{
    /// <summary>True when it was carried out.</summary>
    public bool Accepted => Refusal is null;

    /// <summary>
    /// For an accepted advance, the time the clock runs to; for mutual aid, when the aid ends; for a
    /// procurement, when the goods arrive; in hours from the start. Null otherwise.
    /// </summary>
    public double? UntilHours { get; init; }

    /// <summary>For an accepted procurement, what it costs (amount × unit cost × premium), in the scenario's currency; null otherwise.</summary>
    public double? Cost { get; init; }
}
