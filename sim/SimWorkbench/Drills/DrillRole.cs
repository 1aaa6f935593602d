namespace SimWorkbench.Drills;

/// <summary>A part the trainees play, e.g. the national reserve cell or a district's logistics.</summary>
/// <param name="Id">The role's id, which injects name in <c>to</c>.</param>
/// <param name="Name">A display name.</param>
public sealed record DrillRole(string Id, string Name);
