namespace SimWorkbench.Sweeps;

/// <summary>The distributions a swept parameter may be drawn from.</summary>
public enum DistributionKind
{
    /// <summary>Uniform on [min, max].</summary>
    Uniform,

    /// <summary>Uniform in the logarithm on [min, max] (min &gt; 0): as likely between 1 and 10 as between 10 and 100.</summary>
    LogUniform,

    /// <summary>A whole number, each of min, min + 1, …, max equally likely.</summary>
    WholeNumber,
}
