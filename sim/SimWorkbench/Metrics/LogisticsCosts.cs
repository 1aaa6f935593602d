using SimWorkbench.Runs;
using SimWorkbench.Scenarios;

namespace SimWorkbench.Metrics;

/// <summary>
/// What a run's logistics cost, in the scenario's currency: buying what was procured, holding stock
/// on hand, driving the vehicles, and the value of stock lost to hazards. Stock held at the start is
/// a sunk cost that every strategy at parity shares, so it is not charged.
/// </summary>
/// <param name="Procurement">Σ over commodities of unit cost × units procured during the run (the ledger's Procured).</param>
/// <param name="Holding">Σ over commodities of unit cost × holding rate per hour × stock on hand in unit-hours.</param>
/// <param name="Transport">Σ over the strategy's fleets of cost per km × vehicle-km driven, loaded and empty.</param>
/// <param name="StockLost">Σ over commodities of unit cost × units lost to hazards (the ledger's Lost).</param>
public sealed record LogisticsCosts(double Procurement, double Holding, double Transport, double StockLost)
{
    /// <summary>Procurement + holding + transport + stock lost.</summary>
    public double Total => Procurement + Holding + Transport + StockLost;

    /// <summary>The costs of one run, from the scenario's prices and the run's ledger, stock on hand and distances.</summary>
    /// <param name="scenario">The scenario the run came from: unit costs, holding rates, fleet costs per km.</param>
    /// <param name="outcome">The run.</param>
    /// <returns>The costs.</returns>
    /// <exception cref="ArgumentException">The run names a commodity or fleet the scenario does not have, or lacks its stock on hand.</exception>
    public static LogisticsCosts Of(Scenario scenario, RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(outcome);
        var commodities = scenario.Commodities;
        if (outcome.StockUnitHours.Count != commodities.Count)
        {
            throw new ArgumentException($"The run has stock on hand for {outcome.StockUnitHours.Count} commodities; the scenario has {commodities.Count}.", nameof(outcome));
        }

        double procurement = 0, holding = 0, stockLost = 0, transport = 0;
        for (var c = 0; c < commodities.Count; c++)
        {
            var commodity = commodities[c];
            var price = commodity.UnitCost.PerUnit;
            var ledger = outcome.Ledger.FirstOrDefault(l => l.Commodity == commodity.Id)
                ?? throw new ArgumentException($"The run has no ledger for commodity '{commodity.Id}'.", nameof(outcome));
            procurement += price * ledger.Procured;
            stockLost += price * ledger.Lost;
            holding += price * commodity.HoldingCost.PerHour * outcome.StockUnitHours[c];
        }

        foreach (var driven in outcome.FleetKilometres)
        {
            var fleet = scenario.Network.Fleets.FirstOrDefault(f => f.Id == driven.Fleet)
                ?? throw new ArgumentException($"The run names fleet '{driven.Fleet}', which the scenario does not have.", nameof(outcome));
            transport += fleet.CostPerKm.PerKilometre * driven.Kilometres;
        }

        return new LogisticsCosts(procurement, holding, transport, stockLost);
    }
}
