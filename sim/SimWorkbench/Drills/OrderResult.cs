namespace SimWorkbench.Drills;

/// <summary>What became of one order.</summary>
/// <param name="Order">The order.</param>
/// <param name="Refusal">Why it was refused, or null when it was carried out.</param>
/// <param name="Loads">The vehicle loads it was split into (0 when refused).</param>
public sealed record OrderResult(DrillOrder Order, string? Refusal, int Loads)
{
    /// <summary>True when it was carried out.</summary>
    public bool Accepted => Refusal is null;
}
