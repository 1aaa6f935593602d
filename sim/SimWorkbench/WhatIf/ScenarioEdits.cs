using System.Globalization;
using SimWorkbench.Commodities;
using SimWorkbench.Hazards;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;

namespace SimWorkbench.WhatIf;

/// <summary>
/// What-if edits of a loaded scenario, written the way a planner says them ("the bay bridge is
/// down", "move 30% of the reserve to the districts", "a stronger quake"). Each returns a new
/// <see cref="Scenario"/> that differs from the one given only where asked, and leaves that one
/// unchanged; edits chain. The seed is kept, so a comparison of the edited scenario with the
/// original uses common random numbers (see <see cref="WhatIfComparison"/>).
/// </summary>
/// <remarks>
/// Each edit checks its arguments as the scenario loader would check the same change in a file:
/// an unknown id is an <see cref="ArgumentException"/> that names the nearest id; stock above a
/// depot's capacity or an intensity beyond what the hazard's kind can reach is refused.
/// </remarks>
public static class ScenarioEdits
{
    /// <summary>
    /// Closes a link from the start of every run (it is already down when the scenario begins), as
    /// <c>state: closed</c> on the link in a scenario file: it reopens after
    /// <paramref name="reopensAfter"/>, or after its own repair time when that is null.
    /// </summary>
    /// <param name="scenario">The scenario to change.</param>
    /// <param name="link">The link's id, e.g. <c>bay-bridge</c>.</param>
    /// <param name="reopensAfter">When it reopens, from the start; longer than the horizon keeps it closed throughout.</param>
    /// <returns>The scenario with that link closed at t = 0.</returns>
    /// <exception cref="ArgumentException">The scenario has no such link.</exception>
    public static Scenario WithLinkClosed(this Scenario scenario, string link, Duration? reopensAfter = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var found = ScenarioLookup.Find(scenario, scenario.Network.Links, l => l.Id.Value, link, "link", nameof(link));
        var closed = found with { InitialState = LinkState.Closed, RepairTime = reopensAfter ?? found.RepairTime };
        var links = scenario.Network.Links.Select(l => ReferenceEquals(l, found) ? closed : l).ToArray();
        return scenario with { Network = scenario.Network with { Links = links } };
    }

    /// <summary>
    /// Moves a share of what one strategy holds at one depot to every depot of a tier that sits in
    /// a city, split in proportion to those cities' populations (a city with several such depots
    /// splits its part equally among them): "30% of the national reserve into the districts".
    /// Every commodity the depot holds moves by the same share; the strategy's totals do not change.
    /// </summary>
    /// <param name="scenario">The scenario to change.</param>
    /// <param name="strategy">The strategy's id, e.g. <c>centralised</c>.</param>
    /// <param name="fromDepot">The depot the stock leaves, e.g. <c>national-reserve</c>.</param>
    /// <param name="share">The share of its stock that moves, in (0, 1].</param>
    /// <param name="toTier">The tier of the depots that receive it, e.g. <see cref="DepotTier.Local"/>.</param>
    /// <returns>The scenario with that strategy's stock moved.</returns>
    /// <exception cref="ArgumentException">An unknown strategy or depot, a depot the strategy keeps nothing at, no receiving depot, or a receiving depot that would hold more than its capacity.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not in (0, 1].</exception>
    public static Scenario WithStockMoved(this Scenario scenario, string strategy, string fromDepot, double share, DepotTier toTier)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var receivers = scenario.Network.Depots
            .Where(d => d.Tier == toTier && d.City is not null && d.Id.Value != fromDepot)
            .Select(d => d.Id.Value)
            .ToArray();
        if (receivers.Length == 0)
        {
            throw new ArgumentException($"Scenario '{scenario.Name}' has no {toTier.ToString().ToLowerInvariant()} depot in a city to move stock to.", nameof(toTier));
        }

        return scenario.WithStockMoved(strategy, fromDepot, share, receivers);
    }

    /// <summary>
    /// Moves a share of what one strategy holds at one depot to the depots named, split in
    /// proportion to the populations of the cities they sit in (a city with several of them splits
    /// its part equally among them). Every commodity the depot holds moves by the same share; the
    /// strategy's totals do not change.
    /// </summary>
    /// <param name="scenario">The scenario to change.</param>
    /// <param name="strategy">The strategy's id.</param>
    /// <param name="fromDepot">The depot the stock leaves.</param>
    /// <param name="share">The share of its stock that moves, in (0, 1].</param>
    /// <param name="toDepots">The depots that receive it: each in a city, none twice, not <paramref name="fromDepot"/>.</param>
    /// <returns>The scenario with that strategy's stock moved.</returns>
    /// <exception cref="ArgumentException">An unknown strategy or depot, a depot the strategy keeps nothing at, a receiving depot outside any city, named twice or the source itself, or one that would hold more than its capacity.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not in (0, 1].</exception>
    public static Scenario WithStockMoved(this Scenario scenario, string strategy, string fromDepot, double share, IReadOnlyList<string> toDepots)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(toDepots);
        if (!(share > 0 && share <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "The share moved must lie in (0, 1].");
        }

        var chosen = ScenarioLookup.Find(scenario, scenario.Strategies, s => s.Id.Value, strategy, "strategy", nameof(strategy));
        var source = ScenarioLookup.Find(scenario, scenario.Network.Depots, d => d.Id.Value, fromDepot, "depot", nameof(fromDepot));
        if (!chosen.Stock.TryGetValue(source.Id, out var held) || held.Values.All(a => a.Units == 0))
        {
            throw new ArgumentException($"Strategy '{chosen.Id}' keeps nothing at depot '{source.Id}'; it keeps stock at {string.Join(", ", chosen.Stock.Keys.Select(k => $"'{k}'"))}.", nameof(fromDepot));
        }

        var receivers = Receivers(scenario, source, toDepots);
        var weights = receivers.Select(d => Weight(scenario, d, receivers)).ToArray();
        var totalWeight = weights.Sum();
        var stock = chosen.Stock.ToDictionary(e => e.Key, e => e.Value);
        var kept = new Dictionary<CommodityId, Amount>();
        var gains = receivers.Select(_ => new Dictionary<CommodityId, double>()).ToArray();
        foreach (var (commodity, amount) in held)
        {
            var moved = amount.Units * share;
            kept[commodity] = new Amount(amount.Units - moved);
            var given = 0.0;
            for (var i = 0; i < receivers.Length; i++)
            {
                // The last receiver takes what the others leave, so the total moved is exact.
                var part = i < receivers.Length - 1 ? moved * weights[i] / totalWeight : Math.Max(0, moved - given);
                gains[i][commodity] = part;
                given += part;
            }
        }

        stock[source.Id] = kept;
        for (var i = 0; i < receivers.Length; i++)
        {
            stock[receivers[i].Id] = Add(chosen, receivers[i], stock.GetValueOrDefault(receivers[i].Id), gains[i], scenario, nameof(share));
        }

        var edited = chosen with { Stock = stock };
        return scenario with { Strategies = [.. scenario.Strategies.Select(s => ReferenceEquals(s, chosen) ? edited : s)] };
    }

    /// <summary>
    /// Scales one scheduled hazard's intensity (at its epicentre, or on its targets) by a factor:
    /// 1.2 for a quake 20% stronger. Cascade rules keep their own intensities; those that trigger
    /// above an intensity now see the new one.
    /// </summary>
    /// <param name="scenario">The scenario to change.</param>
    /// <param name="hazard">The hazard's id, e.g. <c>main-shock</c>.</param>
    /// <param name="factor">The factor, above 0.</param>
    /// <returns>The scenario with that hazard's intensity scaled.</returns>
    /// <exception cref="ArgumentException">The scenario has no such hazard, or the new intensity is beyond what its kind's measure can reach (e.g. 5 g for an earthquake).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not a finite number above 0.</exception>
    public static Scenario WithHazardScaled(this Scenario scenario, string hazard, double factor)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!(double.IsFinite(factor) && factor > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The factor must be a finite number above 0.");
        }

        var found = ScenarioLookup.Find(scenario, scenario.Hazards, h => h.Id.Value, hazard, "hazard", nameof(hazard));
        var intensity = found.Intensity * factor;
        var (maximum, measure) = IntensityScale.Of(found.Kind);
        if (intensity > maximum)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Hazard '{found.Id}' would have an intensity of {intensity:G4}; for a {found.Kind.ToString().ToLowerInvariant()} it is {measure} and must be at most {maximum:G4}."), nameof(factor));
        }

        var scaled = found with { Intensity = intensity };
        return scenario with { Hazards = [.. scenario.Hazards.Select(h => ReferenceEquals(h, found) ? scaled : h)] };
    }

    private static Depot[] Receivers(Scenario scenario, Depot source, IReadOnlyList<string> toDepots)
    {
        if (toDepots.Count == 0)
        {
            throw new ArgumentException("Name at least one depot to move stock to.", nameof(toDepots));
        }

        var receivers = toDepots.Select(id => ScenarioLookup.Find(scenario, scenario.Network.Depots, d => d.Id.Value, id, "depot", nameof(toDepots))).ToArray();
        foreach (var depot in receivers)
        {
            if (depot.Id == source.Id)
            {
                throw new ArgumentException($"Depot '{depot.Id}' cannot receive stock moved from itself.", nameof(toDepots));
            }

            if (depot.City is null)
            {
                throw new ArgumentException($"Depot '{depot.Id}' sits in no city, so it has no population to share stock by.", nameof(toDepots));
            }
        }

        if (receivers.Select(d => d.Id).Distinct().Count() != receivers.Length)
        {
            throw new ArgumentException("A depot is named twice among those receiving stock.", nameof(toDepots));
        }

        return receivers;
    }

    /// <summary>The receiver's population weight: its city's population over the receivers in that city.</summary>
    private static double Weight(Scenario scenario, Depot depot, Depot[] receivers)
    {
        var city = scenario.Network.Cities.First(c => c.Id == depot.City);
        return (double)city.Population / receivers.Count(d => d.City == depot.City);
    }

    private static Dictionary<CommodityId, Amount> Add(
        Strategy strategy, Depot depot, IReadOnlyDictionary<CommodityId, Amount>? before, Dictionary<CommodityId, double> gains, Scenario scenario, string paramName)
    {
        var after = before?.ToDictionary(e => e.Key, e => e.Value) ?? [];
        foreach (var (commodity, gain) in gains)
        {
            var total = after.GetValueOrDefault(commodity).Units + gain;
            var capacity = depot.Capacity.GetValueOrDefault(commodity).Units;
            if (total > capacity)
            {
                var unit = scenario.Commodities.FirstOrDefault(c => c.Id == commodity)?.Unit ?? "units";
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Depot '{depot.Id}' would hold {total:N0} {unit} of {commodity} under strategy '{strategy.Id}', above its capacity of {capacity:N0} {unit}; move a smaller share or to more depots."), paramName);
            }

            after[commodity] = new Amount(total);
        }

        return after;
    }
}
