namespace SimWorkbench.Network;

/// <summary>Where a depot sits in the supply hierarchy.</summary>
public enum DepotTier
{
    /// <summary>A national reserve, usually outside the region it serves.</summary>
    National,

    /// <summary>A regional depot serving several cities.</summary>
    Regional,

    /// <summary>A local depot in one city: that city's own stock.</summary>
    Local,
}
