using System.Globalization;
using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills.Updates;

/// <summary>
/// A revised casualty estimate or demand surge: a city's need for a commodity multiplied by
/// <paramref name="Multiplier"/> from the inject's time for <paramref name="For"/> (a demand surge, as
/// hazards raise; the largest multiplier in force wins, and the need counts even where the city still
/// has its usual supply, as for an outbreak).
/// </summary>
/// <param name="City">The city.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="Multiplier">Above 1: the factor on the city's need.</param>
/// <param name="For">How long the raised need lasts.</param>
public sealed record NeedSurge(CityId City, CommodityId Commodity, double Multiplier, Duration For) : DataUpdate
{
    /// <inheritdoc/>
    public override string Describe(double atHours) =>
        string.Create(CultureInfo.InvariantCulture, $"need for {Commodity} in {City} ×{Multiplier:G} until {atHours + For.Hours:0.##} h");
}
