namespace SimWorkbench.Runs;

/// <summary>Which way a metric improves: how a comparison picks the better strategy.</summary>
public enum MetricDirection
{
    /// <summary>More is better (fill rate, resilience index).</summary>
    HigherIsBetter,

    /// <summary>Less is better (unmet need, times, costs, inequality).</summary>
    LowerIsBetter,

    /// <summary>Neither: a quantity that describes the run (total need, loads) rather than judges it.</summary>
    Neutral,
}
