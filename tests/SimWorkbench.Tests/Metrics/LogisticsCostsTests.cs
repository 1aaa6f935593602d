using SimWorkbench.Metrics;
using SimWorkbench.Network;
using SimWorkbench.Runs;
using SimWorkbench.Strategies;
using SimWorkbench.Tests.Runs;

namespace SimWorkbench.Tests.Metrics;

public sealed class LogisticsCostsTests
{
    // The parity scenario priced: water 0.5 USD/L held at 0.876/yr (0.876 / 8,760 h = 1e-4 per hour,
    // so an L·h on hand costs 0.5 × 1e-4 = 5e-5 USD); trucks 2 USD/km (and, in one
    // test, vans at 3 USD/km).
    private const double Price = 0.5;
    private const double HoldingPerHour = 1e-4;

    private static readonly string Priced = ComparisonTests.PricedParity;

    private static readonly string TwoFleets = Priced.Replace("cost_per_km: 2 USD/km }", """
        cost_per_km: 2 USD/km }
          - { id: vans, depot: reserve, mode: road, vehicles: 2, payload: 1 t, speed: 60 km/h, cost_per_km: 3 USD/km }
        """, StringComparison.Ordinal);

    [Fact]
    public void Transport_is_each_fleets_kilometres_at_its_own_cost_per_km()
    {
        var scenario = TestScenarios.Parse(TwoFleets);
        var outcome = SupplyRun.Run(scenario, new StrategyId("distributed"));
        var driven = outcome with { FleetKilometres = [new FleetKilometres(new FleetId("trucks"), 100), new FleetKilometres(new FleetId("vans"), 50)] };

        // 100 km × 2 + 50 km × 3.
        LogisticsCosts.Of(scenario, driven).Transport.ShouldBe(350, tolerance: 1e-12);
    }

    [Fact]
    public void Holding_is_the_unit_cost_times_the_holding_rate_times_the_stock_on_hand()
    {
        var scenario = TestScenarios.Parse(Priced);
        var outcome = SupplyRun.Run(scenario, new StrategyId("distributed"));

        // 1,185,000 L·h on hand (StockOnHandTests) × 5e-5 USD = 59.25 USD; nothing procured, lost or driven.
        var costs = LogisticsCosts.Of(scenario, outcome);
        costs.Holding.ShouldBe(1_185_000 * Price * HoldingPerHour, tolerance: 1e-9);
        costs.Holding.ShouldBe(59.25, tolerance: 1e-9);
        costs.Procurement.ShouldBe(0);
        costs.StockLost.ShouldBe(0);
        costs.Transport.ShouldBe(0);
        costs.Total.ShouldBe(costs.Holding);
    }

    [Fact]
    public void Procurement_is_the_unit_cost_of_what_the_ledger_says_was_procured()
    {
        var scenario = TestScenarios.Parse(Priced);
        var outcome = SupplyRun.Run(scenario, new StrategyId("distributed"));
        var restocked = outcome with { Ledger = [outcome.Ledger[0] with { Procured = 10_000 }] };

        // 10,000 L at 0.5 USD/L.
        LogisticsCosts.Of(scenario, restocked).Procurement.ShouldBe(5_000);
    }

    [Fact]
    public void Stock_lost_to_a_hazard_is_charged_at_its_unit_cost()
    {
        // The reserve, sure to be damaged at onset (5 g against a median of 0.01 g), loses a quarter
        // of its 36,000 L before anything leaves it: 9,000 L, worth 4,500 USD.
        var scenario = TestScenarios.Parse(Priced + """

            hazards:
              - id: fire
                kind: earthquake
                onset: 0h
                targets: [reserve]
                intensity: 5
                fragility: [{ element: depot, median: 0.01, beta: 0.1, stock_loss: 0.25 }]
            """);
        var outcome = SupplyRun.Run(scenario, new StrategyId("centralised"));

        outcome.Ledger[0].Lost.ShouldBe(9_000, tolerance: 1e-9);
        LogisticsCosts.Of(scenario, outcome).StockLost.ShouldBe(4_500, tolerance: 1e-9);
    }

    [Fact]
    public void A_scenario_without_prices_costs_nothing_to_run()
    {
        var scenario = TestScenarios.Parse(ComparisonTests.Parity);

        var costs = LogisticsCosts.Of(scenario, SupplyRun.Run(scenario, new StrategyId("centralised")));

        costs.ShouldBe(new LogisticsCosts(0, 0, 0, 0));
    }
}
