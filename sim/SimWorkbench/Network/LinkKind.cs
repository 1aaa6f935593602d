namespace SimWorkbench.Network;

/// <summary>What a link is built as: the element a hazard's fragility curves are written for.</summary>
public enum LinkKind
{
    /// <summary>An ordinary road on flat ground.</summary>
    Road,

    /// <summary>A road bridge.</summary>
    Bridge,

    /// <summary>A road tunnel.</summary>
    Tunnel,

    /// <summary>A road over a mountain pass: exposed to landslides.</summary>
    MountainPass,

    /// <summary>A railway line.</summary>
    RailLine,

    /// <summary>A railway bridge.</summary>
    RailBridge,

    /// <summary>A route by sea or river between ports.</summary>
    SeaRoute,

    /// <summary>An air route between airstrips.</summary>
    AirRoute,
}
