namespace SimWorkbench.Hazards;

/// <summary>
/// A kind of exposed element a fragility curve is written for: each kind of link
/// (matching <see cref="Network.LinkKind"/>), depots, and cities' own utilities.
/// </summary>
public enum ElementKind
{
    /// <summary>Ordinary roads.</summary>
    Road,

    /// <summary>Road bridges.</summary>
    Bridge,

    /// <summary>Road tunnels.</summary>
    Tunnel,

    /// <summary>Roads over mountain passes.</summary>
    MountainPass,

    /// <summary>Railway lines.</summary>
    RailLine,

    /// <summary>Railway bridges.</summary>
    RailBridge,

    /// <summary>Sea and river routes (their ports).</summary>
    SeaRoute,

    /// <summary>Air routes (their airstrips).</summary>
    AirRoute,

    /// <summary>Depots: damage loses stock and loading throughput.</summary>
    Depot,

    /// <summary>A city's utilities (water mains, power, shops): damage makes its people depend on emergency supply.</summary>
    City,
}
