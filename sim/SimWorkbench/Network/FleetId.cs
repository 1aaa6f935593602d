namespace SimWorkbench.Network;

/// <summary>The id of a fleet of vehicles, as written in the scenario (letters, digits, '-', '_', '.').</summary>
/// <param name="Value">The id text.</param>
public readonly record struct FleetId(string Value)
{
    /// <summary>The id text.</summary>
    /// <returns>The id as written.</returns>
    public override string ToString() => Value;
}
