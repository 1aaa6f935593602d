using System.Globalization;
using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;
using SimWorkbench.Strategies;

namespace SimWorkbench.Scenarios.Checks;

/// <summary>
/// Warns when the strategies compared do not hold the same total stock of each commodity or
/// the same fleet (vehicles and payload): a comparison is only fair at parity (design.md).
/// Each strategy is compared with the first.
/// </summary>
internal static class ParityCheck
{
    /// <summary>Differences below this share of the first strategy's total are rounding, not a difference.</summary>
    private const double Tolerance = 1e-9;

    public static void Run(
        DiagnosticBag bag,
        IReadOnlyList<(Strategy Strategy, YamlNode At)> strategies,
        IReadOnlyList<Commodity> commodities,
        IReadOnlyList<Fleet> fleets)
    {
        if (strategies.Count < 2)
        {
            return;
        }

        var fleetById = fleets.ToDictionary(f => f.Id);
        var (first, _) = strategies[0];
        var (firstVehicles, firstTonnes) = FleetOf(first, fleetById);
        foreach (var (other, at) in strategies.Skip(1))
        {
            foreach (var commodity in commodities)
            {
                var mine = other.TotalStock(commodity.Id).Units;
                var theirs = first.TotalStock(commodity.Id).Units;
                if (Math.Abs(mine - theirs) > Tolerance * Math.Max(1, Math.Abs(theirs)))
                {
                    var unit = commodity.Unit;
                    bag.Warning(DiagnosticCodes.StockParity, at.Location, string.Create(CultureInfo.InvariantCulture,
                        $"strategy '{other.Id}' holds {mine:N0} {unit} of {commodity.Id}, {Math.Abs(mine - theirs):N0} {unit} {(mine < theirs ? "less" : "more")} than strategy '{first.Id}' ({theirs:N0} {unit}); strategies compared should hold the same total stock (or set require_parity: false)."));
                }
            }

            var (vehicles, tonnes) = FleetOf(other, fleetById);
            if (vehicles != firstVehicles || Math.Abs(tonnes - firstTonnes) > Tolerance * Math.Max(1, firstTonnes))
            {
                bag.Warning(DiagnosticCodes.FleetParity, at.Location, string.Create(CultureInfo.InvariantCulture,
                    $"strategy '{other.Id}' uses {vehicles:N0} vehicles carrying {tonnes:N1} t per trip, strategy '{first.Id}' {firstVehicles:N0} vehicles carrying {firstTonnes:N1} t (a difference of {vehicles - firstVehicles:+#,0;-#,0;0} vehicles and {tonnes - firstTonnes:+#,0.0;-#,0.0;0} t); strategies compared should use the same fleet (or set require_parity: false)."));
            }
        }
    }

    private static (long Vehicles, double Tonnes) FleetOf(Strategy strategy, Dictionary<FleetId, Fleet> fleets)
    {
        long vehicles = 0;
        var tonnes = 0.0;
        foreach (var id in strategy.Fleets)
        {
            if (fleets.TryGetValue(id, out var fleet))
            {
                vehicles += fleet.Vehicles;
                tonnes += fleet.TotalPayload.Tonnes;
            }
        }

        return (vehicles, tonnes);
    }
}
