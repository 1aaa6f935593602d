namespace SimWorkbench.Sweeps;

/// <summary>The kinds of sweep design.</summary>
public enum DesignKind
{
    /// <summary>Every combination of every parameter's values (no distributions allowed).</summary>
    Grid,

    /// <summary>Points drawn independently: each parameter takes a uniformly chosen value, or a draw from its distribution.</summary>
    Random,

    /// <summary>
    /// Latin hypercube with n points: each parameter's range is cut into n strata of equal
    /// probability and each stratum is used exactly once (McKay, Beckman and Conover 1979).
    /// </summary>
    LatinHypercube,
}
