namespace SimWorkbench.Benchmarks;

/// <summary>What one run of a standard kernel model did, for the caller to time.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Operations">How many of the model's unit operations completed (timeouts, customers, puts and gets).</param>
/// <param name="Unit">What one operation is, for the rate's label.</param>
/// <param name="Events">How many kernel events were processed.</param>
/// <param name="Detail">A model-specific check, e.g. the mean wait beside its analytic value; empty if none.</param>
public sealed record KernelModelResult(string Model, long Operations, string Unit, long Events, string Detail);
