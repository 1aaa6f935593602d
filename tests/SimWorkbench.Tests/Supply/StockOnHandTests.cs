using SimWorkbench.Runs;
using SimWorkbench.Strategies;
using SimWorkbench.Tests.Runs;

namespace SimWorkbench.Tests.Supply;

public sealed class StockOnHandTests
{
    // The parity scenario (ComparisonTests.Parity): 40,000 L in all, a town drawing 625 L at the
    // start of each of the 48 hours. The level is read at the middle of each hour, after the draw.
    private const double Draw = 625;
    private const int Hours = 48;

    // Σ_{h=0}^{47} (40,000 − 625 (h + 1)) = 48 × 40,000 − 625 × (48 × 49 / 2) = 1,920,000 − 735,000.
    private const double AllOnHand = (Hours * 40_000.0) - (Draw * Hours * (Hours + 1) / 2);

    [Fact]
    public void Distributed_stock_on_hand_falls_by_each_hours_draw()
    {
        var outcome = SupplyRun.Run(TestScenarios.Parse(ComparisonTests.Parity), new StrategyId("distributed"));

        AllOnHand.ShouldBe(1_185_000);
        outcome.StockUnitHours.ShouldBe([AllOnHand], tolerance: 1e-6);
    }

    [Fact]
    public void Centralised_stock_on_the_road_at_the_middle_of_an_hour_is_not_on_hand()
    {
        var outcome = SupplyRun.Run(TestScenarios.Parse(ComparisonTests.Parity), new StrategyId("centralised"));

        // Each of the 8 loads leaves within 0.004 h of its decision (t = 0, 6, …, 42) and lands an
        // hour later: it is on the road at exactly one reading (t + 0.5). The loads are 1,000 L at
        // t = 0 and 3,750 L after (see ComparisonTests.Parity); everything else is on hand.
        const double onTheRoad = 1_000 + (7 * 3_750);
        outcome.StockUnitHours.ShouldBe([AllOnHand - onTheRoad], tolerance: 1e-6);
        outcome.StockUnitHours[0].ShouldBe(1_157_750, tolerance: 1e-6);
    }

    [Fact]
    public void Fleet_kilometres_add_up_to_the_vehicle_kilometres()
    {
        var outcome = SupplyRun.Run(TestScenarios.Parse(ComparisonTests.Parity), new StrategyId("centralised"));

        // 8 round trips of 2 × 60 km, all by the one fleet.
        outcome.FleetKilometres.ShouldHaveSingleItem().Fleet.Value.ShouldBe("trucks");
        outcome.FleetKilometres[0].Kilometres.ShouldBe(8 * 120.0, tolerance: 1e-9);
        outcome.FleetKilometres.Sum(f => f.Kilometres).ShouldBe(outcome.VehicleKilometres);
    }
}
