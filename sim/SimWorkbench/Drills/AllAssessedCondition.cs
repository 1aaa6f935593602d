namespace SimWorkbench.Drills;

/// <summary>Every timed inject has fired and every expected action has been assessed (<c>when: all_assessed</c>).</summary>
public sealed record AllAssessedCondition : EndCondition
{
    /// <inheritdoc/>
    public override string Describe() => "every expected action assessed";
}
