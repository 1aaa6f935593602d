namespace SimWorkbench.Strategies;

/// <summary>How a strategy holds and moves supplies.</summary>
public enum StrategyKind
{
    /// <summary>Stock at national and regional depots; one allocator sees every city's need and dispatches.</summary>
    Centralised,

    /// <summary>Stock held in the cities' local depots and dispatched locally, with optional mutual aid.</summary>
    Distributed,

    /// <summary>Regional hubs allocate for the cities around them, on top of local stock.</summary>
    Hybrid,
}
