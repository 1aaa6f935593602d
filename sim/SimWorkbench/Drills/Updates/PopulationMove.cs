using System.Globalization;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Drills.Updates;

/// <summary>
/// A population displacement: <paramref name="People"/> leave one city for another at the inject's
/// time (no more than live there then), and their need goes with them; they return after
/// <paramref name="For"/>, or stay when it is null.
/// </summary>
/// <param name="From">The city they leave.</param>
/// <param name="To">The city that hosts them.</param>
/// <param name="People">How many, above 0.</param>
/// <param name="For">How long until they return, or null when they stay.</param>
public sealed record PopulationMove(CityId From, CityId To, double People, Duration? For) : DataUpdate
{
    /// <inheritdoc/>
    public override string Describe(double atHours) =>
        string.Create(CultureInfo.InvariantCulture, $"{People:N0} people from {From} to {To}") +
        (For is { } back ? string.Create(CultureInfo.InvariantCulture, $" until {atHours + back.Hours:0.##} h") : " for good");
}
