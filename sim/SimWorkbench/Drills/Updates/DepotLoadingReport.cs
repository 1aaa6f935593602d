using System.Globalization;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills.Updates;

/// <summary>
/// A depot's state report: it loads at <paramref name="Loading"/> of its throughput from the inject's
/// time for <paramref name="For"/> (as a hazard's loading factor does; the least factor in force wins).
/// </summary>
/// <param name="Depot">The depot.</param>
/// <param name="Loading">The share of its throughput, in (0, 1].</param>
/// <param name="For">How long.</param>
public sealed record DepotLoadingReport(DepotId Depot, Fraction Loading, Duration For) : DataUpdate
{
    /// <inheritdoc/>
    public override string Describe(double atHours) =>
        string.Create(CultureInfo.InvariantCulture, $"depot {Depot} loading at {Loading.Value:0.##%} until {atHours + For.Hours:0.##} h");
}
