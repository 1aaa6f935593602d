using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Tests.Strategies;

public sealed class ReserveShippingTests
{
    // A reserve with two trucks of 5 t (10 t in all), loading 20 t/h, 1.5 h from a town of 10,000
    // people who need 15 L of water (6,250 L/h) and 0.01 kit of 10 kg (100 kits/d) each per day.
    private const string Scarce = """
        name: Scarce trucks
        horizon: 12h
        commodities:
          - { id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }
          - { id: kits, unit: kit, mass_per_unit: 10 kg, need: 0.01 kit/person/d }
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 10000 }
        depots:
          - { id: reserve, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 20 t/h, capacity: { water: 1000000 L, kits: 10000 kit } }
        links:
          - { id: road, from: reserve, to: town, mode: road, length: 60 km, travel_time: 1.5h, repair_time: 2d }
        fleets:
          - { id: trucks, depot: reserve, mode: road, vehicles: 2, payload: 5 t, speed: 40 km/h }
        strategies:
          - { id: central, kind: centralised, allocation_period: 6h, stock: { reserve: { water: 1000000 L, kits: 10000 kit } } }
        """;

    [Fact]
    public void A_fleet_takes_on_only_what_its_vehicles_carry_and_light_commodities_go_whole()
    {
        var outcome = SupplyRun.Run(TestScenarios.Parse(Scarce), new StrategyId("central"));

        // The town asks for ceil(6 h + 0.25 h loading + 1.5 h) = 8 hours of need: 50,000 L of water
        // (50 t) and 100/24 × 8 = 33.3 kits (333 kg). The two trucks take on 10 t: an equal 5 t part
        // each covers the kits whole, and water gets the rest, 10,000 − 333.3 kg.
        const double kits = 100.0 / 24 * 8;
        const double water = 10_000 - (kits * 10);
        var firstPeriod = outcome.Deliveries.Where(d => d.TimeHours < 6).ToArray();
        firstPeriod.Where(d => d.Commodity.Value == "kits").Sum(d => d.Amount.Units).ShouldBe(kits, tolerance: 1e-9);
        firstPeriod.Where(d => d.Commodity.Value == "water").Sum(d => d.Amount.Units).ShouldBe(water, tolerance: 1e-9);
        outcome.Ledger.ShouldAllBe(line => Math.Abs(line.Imbalance) < 1e-9 * line.Initial);
    }
}
