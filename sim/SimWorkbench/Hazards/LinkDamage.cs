namespace SimWorkbench.Hazards;

/// <summary>What a damaged link suffers until it is repaired.</summary>
public enum LinkDamage
{
    /// <summary>Impassable.</summary>
    Closed,

    /// <summary>Passable, slower by the curve's slowdown factor.</summary>
    Degraded,
}
