using System.Globalization;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills;

/// <summary>
/// Every city's service level at least <paramref name="Level"/> for <paramref name="For"/>: in each of
/// the last <paramref name="For"/> hour slots, for every city and commodity with need, served ÷ need ≥
/// <paramref name="Level"/> (<c>when: { service_level: 0.95, for: 24h }</c>).
/// </summary>
/// <param name="Level">The service level, in (0, 1].</param>
/// <param name="For">How long it must have held, a whole number of hours.</param>
public sealed record ServiceLevelCondition(Fraction Level, Duration For) : EndCondition
{
    /// <inheritdoc/>
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"every city's service level at least {Level.Value:R} for {For.Hours:R} h");
}
