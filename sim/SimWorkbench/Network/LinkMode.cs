namespace SimWorkbench.Network;

/// <summary>How a link is travelled: a fleet uses only links of its own mode.</summary>
public enum LinkMode
{
    /// <summary>By road vehicle.</summary>
    Road,

    /// <summary>By train.</summary>
    Rail,

    /// <summary>By aircraft.</summary>
    Air,

    /// <summary>By boat or ship.</summary>
    Water,
}
