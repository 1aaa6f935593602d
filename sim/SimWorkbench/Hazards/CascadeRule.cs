namespace SimWorkbench.Hazards;

/// <summary>
/// How one hazard leads to another. Hazards in the scenario are generation 0; a hazard a rule
/// starts is one generation after its trigger. A rule with a generation limit fires only for
/// triggers of a lower generation, which is what makes a cycle of rules terminate.
/// </summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Trigger">What sets it off.</param>
/// <param name="Effect">The hazard it starts.</param>
/// <param name="GenerationLimit">The generation at which it stops firing, or null for no limit (not allowed on a cycle).</param>
public sealed record CascadeRule(CascadeRuleId Id, CascadeTrigger Trigger, CascadeEffect Effect, int? GenerationLimit);
