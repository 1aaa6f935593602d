namespace SimWorkbench.Network;

/// <summary>The condition of a link.</summary>
public enum LinkState
{
    /// <summary>Passable at its normal travel time.</summary>
    Open,

    /// <summary>Passable, but slower.</summary>
    Degraded,

    /// <summary>Impassable.</summary>
    Closed,
}
