namespace SimWorkbench.Hazards;

/// <summary>A named element a hazard strikes.</summary>
/// <param name="Type">City, depot or link.</param>
/// <param name="Id">The element's id.</param>
public readonly record struct Target(TargetType Type, string Id);
