namespace SimWorkbench.Strategies;

/// <summary>How an allocator shares scarce stock among cities each allocation period.</summary>
public enum AllocationRule
{
    /// <summary>In proportion to each city's unmet need.</summary>
    Proportional,

    /// <summary>In proportion to unmet need times the city's priority.</summary>
    PriorityWeighted,

    /// <summary>Whole requests in the order they were made.</summary>
    FirstCome,
}
