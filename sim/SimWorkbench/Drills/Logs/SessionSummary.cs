namespace SimWorkbench.Drills.Logs;

/// <summary>The outcome of a session: the log's last line.</summary>
/// <param name="AtHours">The drill's end, in hours.</param>
/// <param name="OrdersAccepted">Orders carried out.</param>
/// <param name="OrdersRefused">Orders refused.</param>
/// <param name="ExpectationsMet">Expected actions met within their limits.</param>
/// <param name="ExpectationsMissed">Expected actions missed or still open at the end.</param>
/// <param name="Commodities">Per commodity, in scenario order.</param>
/// <param name="SocialCost">Logistics plus deprivation cost, in the scenario's currency, or null when not finite.</param>
public sealed record SessionSummary(
    double AtHours,
    int OrdersAccepted,
    int OrdersRefused,
    int ExpectationsMet,
    int ExpectationsMissed,
    IReadOnlyList<CommodityResult> Commodities,
    double? SocialCost);
