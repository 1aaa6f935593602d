using System.Globalization;
using SimWorkbench.Network;

namespace SimWorkbench.Drills.Updates;

/// <summary>
/// A link's state report: the link is closed, degraded (travel takes <paramref name="Slowdown"/> times
/// as long) or open from the inject's time, until a hazard, its repair or another report changes it.
/// Vehicles waiting at a closed link go on when a report opens it.
/// </summary>
/// <param name="Link">The link.</param>
/// <param name="State">Its state from now.</param>
/// <param name="Slowdown">Travel time multiplier while degraded, at least 1.</param>
public sealed record LinkStateReport(LinkId Link, LinkState State, double Slowdown) : DataUpdate
{
    /// <inheritdoc/>
    public override string Describe(double atHours) =>
        $"link {Link} {State.ToString().ToLowerInvariant()}" + (State == LinkState.Degraded ? string.Create(CultureInfo.InvariantCulture, $" (travel ×{Slowdown:G})") : string.Empty);
}
