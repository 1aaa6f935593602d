namespace SimWorkbench.Sweeps;

/// <summary>One combination of parameter values.</summary>
/// <param name="Index">The point's number, from 0, in design order.</param>
/// <param name="Seed">The scenario seed its runs use: derived from the sweep seed and "point/{Index}", so it depends on nothing else.</param>
/// <param name="Values">One value per parameter, in the sweep's parameter order, as scenario text.</param>
public sealed record SweepPoint(int Index, ulong Seed, IReadOnlyList<string> Values);
