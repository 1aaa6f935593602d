namespace SimWorkbench.Scenarios;

/// <summary>
/// Where a scenario may reach and how much it may hold. The limits make a hostile file
/// (an alias bomb, a million-item list, an endless <c>extends</c> chain) a prompt error
/// instead of unbounded time or memory.
/// </summary>
public sealed record ScenarioLoadOptions
{
    /// <summary>The defaults: the file's own folder as root, and limits far above any real scenario.</summary>
    public static ScenarioLoadOptions Default { get; } = new();

    /// <summary>
    /// The folder tree <c>extends</c> may read from (the file's own folder when null). A file
    /// named by <c>extends</c> outside it is an error, so a scenario cannot read other files.
    /// </summary>
    public string? Root { get; init; }

    /// <summary>The largest file read, in bytes (default 1 MiB).</summary>
    public int MaxFileBytes { get; init; } = 1 << 20;

    /// <summary>The most YAML nodes in one file, every use of an alias counted in full (default 200,000).</summary>
    public int MaxNodes { get; init; } = 200_000;

    /// <summary>The deepest nesting of mappings and lists, aliases included (default 32).</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>The most items in one list or keys in one mapping (default 10,000).</summary>
    public int MaxListItems { get; init; } = 10_000;

    /// <summary>The longest chain of <c>extends</c> (default 8).</summary>
    public int MaxExtendsDepth { get; init; } = 8;
}
