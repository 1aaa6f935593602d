using System.Globalization;
using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;
using SimWorkbench.Strategies;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>
/// Places a strategy's stock by its <c>central_share</c>: for each commodity, the strategy's total
/// stays what its placement holds, and the share given of it is held at the central depots (those
/// that are not a city's own), the rest in the cities' own depots.
/// </summary>
/// <remarks>
/// The central part is shared among the central depots in proportion to what the placement holds
/// at each (the placement says where the reserve is); when it holds none of that commodity at any,
/// in proportion to capacity among a hybrid's hubs, or among every central depot for a centralised
/// strategy. The cities' part is shared in proportion to population (a city with several depots of
/// its own splits its part equally among them), as the distributed examples are written. Both
/// parts are placed within capacity: a depot whose part would pass its capacity is filled to it and
/// the rest is shared again among the others, in the same proportions.
/// </remarks>
internal static class CentralShare
{
    /// <summary>A relative slack for float rounding when a part exactly fills the depots' capacity.</summary>
    private const double Rounding = 1e-12;

    /// <summary>The placement at <paramref name="share"/>, or null with an error at <paramref name="node"/> when a part does not fit.</summary>
    public static Dictionary<DepotId, IReadOnlyDictionary<CommodityId, Amount>>? Place(
        ReadContext context,
        YamlNode node,
        string what,
        double share,
        StrategyKind kind,
        IReadOnlyList<string> hubs,
        IReadOnlyDictionary<DepotId, IReadOnlyDictionary<CommodityId, Amount>> placement,
        Catalog catalog,
        IReadOnlyDictionary<string, City> cities)
    {
        // Ordinal id order, so that sums (and so the bits of every amount) do not depend on dictionary order.
        var depots = catalog.DepotById.Values.OrderBy(d => d.Id.Value, StringComparer.Ordinal).ToArray();
        var isLocal = depots.Select(d => d.Tier == DepotTier.Local && d.City is not null).ToArray();
        var localWeights = depots.Select((d, i) => isLocal[i] && cities.TryGetValue(d.City!.Value.Value, out var city)
            ? (double)city.Population / depots.Count(o => o.Tier == DepotTier.Local && o.City == d.City)
            : 0).ToArray();
        var placed = depots.Select(_ => new Dictionary<CommodityId, Amount>()).ToArray();
        var ok = true;
        foreach (var commodity in catalog.CommodityById.Values.Select(c => c.Commodity).OrderBy(c => c.Id.Value, StringComparer.Ordinal))
        {
            var held = depots.Select(d => placement.GetValueOrDefault(d.Id)?.GetValueOrDefault(commodity.Id).Units ?? 0).ToArray();
            var capacity = depots.Select(d => d.Capacity.GetValueOrDefault(commodity.Id).Units).ToArray();
            var total = held.Sum();
            var centralWeights = depots.Select((_, i) => isLocal[i] ? 0 : held[i]).ToArray();
            if (centralWeights.Sum() == 0)
            {
                centralWeights = [.. depots.Select((d, i) => !isLocal[i] && (kind != StrategyKind.Hybrid || hubs.Contains(d.Id.Value)) ? capacity[i] : 0)];
            }

            var central = Fill(total * share, centralWeights, capacity);
            var local = Fill(total * (1 - share), localWeights, capacity);
            if (central is null)
            {
                var room = Room(centralWeights, capacity);
                Refuse(context, node, what, share, commodity, total * share, room, "at its central depots", $"at most {Share(Math.Floor(room / total * 1000))} fits");
                ok = false;
            }

            if (local is null)
            {
                var room = Room(localWeights, capacity);
                Refuse(context, node, what, share, commodity, total * (1 - share), room, "in the cities' own depots", $"it must be at least {Share(Math.Ceiling((1 - (room / total)) * 1000))}");
                ok = false;
            }

            if (central is null || local is null)
            {
                continue;
            }

            for (var i = 0; i < depots.Length; i++)
            {
                if (central[i] + local[i] > 0)
                {
                    placed[i][commodity.Id] = new Amount(central[i] + local[i]);
                }
            }
        }

        return ok
            ? depots.Select((d, i) => (d.Id, Held: placed[i])).Where(x => x.Held.Count > 0).ToDictionary(x => x.Id, x => (IReadOnlyDictionary<CommodityId, Amount>)x.Held)
            : null;
    }

    /// <summary>
    /// Shares <paramref name="amount"/> in proportion to <paramref name="weights"/>, none above its
    /// capacity (water-filling); null when the weighted depots cannot hold it all.
    /// </summary>
    private static double[]? Fill(double amount, double[] weights, double[] capacity)
    {
        var result = new double[weights.Length];
        if (amount == 0)
        {
            return result;
        }

        if (amount > Room(weights, capacity) * (1 + Rounding))
        {
            return null;
        }

        var open = weights.Select(w => w > 0).ToArray();
        while (true)
        {
            var left = amount;
            var weight = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                left -= open[i] ? 0 : result[i];
                weight += open[i] ? weights[i] : 0;
            }

            if (weight == 0)
            {
                return result; // every depot is full: the amount was their room, to rounding
            }

            var capped = false;
            for (var i = 0; i < weights.Length; i++)
            {
                if (open[i] && left * weights[i] / weight > capacity[i])
                {
                    result[i] = capacity[i];
                    open[i] = false;
                    capped = true;
                }
            }

            if (!capped)
            {
                for (var i = 0; i < weights.Length; i++)
                {
                    result[i] = open[i] ? left * weights[i] / weight : result[i];
                }

                return result;
            }
        }
    }

    private static double Room(double[] weights, double[] capacity) => weights.Select((w, i) => w > 0 ? capacity[i] : 0).Sum();

    private static void Refuse(ReadContext context, YamlNode node, string what, double share, Commodity commodity, double part, double room, string where, string advice) =>
        context.Error(DiagnosticCodes.AboveCapacity, node, string.Create(CultureInfo.InvariantCulture,
            $"central_share {ReadContext.Format(share)} of {what} puts {part:N0} {commodity.Unit} of {commodity.Id} {where}, which hold at most {room:N0} {commodity.Unit}: {advice}."));

    /// <summary>A share given in thousandths, as a number in [0, 1].</summary>
    private static string Share(double thousandths) => (Math.Clamp(thousandths, 0, 1000) / 1000).ToString("0.###", CultureInfo.InvariantCulture);
}
