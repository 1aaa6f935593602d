namespace SimWorkbench.Hazards;

/// <summary>What a hazard's named target is.</summary>
public enum TargetType
{
    /// <summary>A city.</summary>
    City,

    /// <summary>A depot.</summary>
    Depot,

    /// <summary>A transport link.</summary>
    Link,
}
