using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>
/// A flow of mass over time, held in tonnes per hour: a depot's loading throughput or a link's
/// capacity. Written as <c>120 t/h</c>, <c>2000 t/d</c> or <c>500 kg/h</c>. Never negative.
/// </summary>
public readonly record struct MassRate
{
    /// <summary>Creates a rate of <paramref name="tonnesPerHour"/> t/h; throws if negative or not finite.</summary>
    /// <param name="tonnesPerHour">The rate in tonnes per hour.</param>
    public MassRate(double tonnesPerHour) => TonnesPerHour = Preconditions.NonNegative(tonnesPerHour, nameof(tonnesPerHour));

    /// <summary>The rate in tonnes per hour.</summary>
    public double TonnesPerHour { get; }

    /// <summary>The rate as a scenario would write it, e.g. <c>120 t/h</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TonnesPerHour:G} t/h");
}
