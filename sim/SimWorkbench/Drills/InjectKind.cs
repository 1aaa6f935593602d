namespace SimWorkbench.Drills;

/// <summary>What an inject does when it fires.</summary>
public enum InjectKind
{
    /// <summary>A message to a role; the world is unchanged.</summary>
    Message,

    /// <summary>A hazard of the scenario forced to strike now (through the engine's hazard strikes, so it is logged and may cascade).</summary>
    Hazard,

    /// <summary>Information handed to the trainees, such as a revised casualty estimate; with an update (<see cref="Inject.Update"/>) the world changes to match it, else it is unchanged.</summary>
    DataUpdate,

    /// <summary>A decision asked of the trainees: in scripted play it is logged, and the orders at the same time answer it.</summary>
    DecisionPoint,
}
