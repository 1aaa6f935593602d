using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Tests.Strategies;

public sealed class NeighbourAidTests
{
    private static readonly StrategyId Local = new("local");

    // Rich (1,000 people, 15,000 L/d = 625 L/h) holds 150,000 L: 10 days of cover. Poor (10,000
    // people, 150,000 L/d) and Far (1,000 people) hold nothing. Poor is 0.5 h from Rich by a road
    // 11 km long (the towns are 0.1° of longitude apart at the equator: 11.1 km, inside the 15 km
    // radius); Far is 1° away (111 km, outside it), joined by a road all the same. Each town has
    // trucks of 10 t at its local depot, which loads 100 t/h. SHARE is replaced.
    private const string Neighbours = """
        name: Neighbours
        horizon: 2d
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: rich, location: { lat: 0.0, lon: 20.0 }, population: 1000 }
          - { id: poor, location: { lat: 0.0, lon: 20.1 }, population: 10000 }
          - { id: far, location: { lat: 0.0, lon: 21.0 }, population: 1000 }
        depots:
          - { id: local-rich, tier: local, city: rich, loading: 100 t/h, capacity: { water: 200000 L } }
          - { id: local-poor, tier: local, city: poor, loading: 100 t/h, capacity: { water: 200000 L } }
          - { id: local-far, tier: local, city: far, loading: 100 t/h, capacity: { water: 200000 L } }
        links:
          - { id: near-road, from: rich, to: poor, mode: road, length: 11 km, travel_time: 0.5h, repair_time: 2d }
          - { id: far-road, from: rich, to: far, mode: road, length: 111 km, travel_time: 2h, repair_time: 2d }
        fleets:
          - { id: rich-trucks, depot: local-rich, mode: road, vehicles: 10, payload: 10 t, speed: 40 km/h }
          - { id: poor-trucks, depot: local-poor, mode: road, vehicles: 10, payload: 10 t, speed: 40 km/h }
          - { id: far-trucks, depot: local-far, mode: road, vehicles: 10, payload: 10 t, speed: 40 km/h }
        strategies:
          - id: local
            kind: distributed
            stock: { local-rich: { water: 150000 L } }
            mutual_aid: { radius: 15 km, share: SHARE, donor_above: 5d, recipient_below: 4d }
        """;

    private static RunOutcome Run(string share) =>
        SupplyRun.Run(TestScenarios.Parse(Neighbours.Replace("SHARE", share, StringComparison.Ordinal)), Local);

    private static double DeliveredBetween(RunOutcome outcome, string city, double from, double to) =>
        outcome.Deliveries.Where(d => d.City.Value == city && d.TimeHours >= from && d.TimeHours < to).Sum(d => d.Amount.Units);

    [Fact]
    public void Mutual_aid_moves_a_share_of_the_rich_citys_surplus_to_its_poor_neighbour_by_truck()
    {
        var outcome = Run("0.5");

        // t = 0: Rich's surplus above 5 d of cover is 150,000 − 5 × 15,000 = 75,000 L; it sends half,
        // 37,500 L (three full trucks and one of 7,500 L: loaded in 0.375 h, then 0.5 h on the road).
        const double first = 0.5 * (150_000 - 75_000);
        DeliveredBetween(outcome, "poor", 0, 0.5).ShouldBe(0);
        DeliveredBetween(outcome, "poor", 0, 6).ShouldBe(first, tolerance: 1e-6);
        // t = 6 h: Rich has eaten hours 0..5 (6 × 625 L) as well: 150,000 − 37,500 − 3,750 =
        // 108,750 L, a surplus of 33,750 L, half of which goes.
        const double second = 0.5 * (150_000 - first - (6 * 625) - 75_000);
        DeliveredBetween(outcome, "poor", 6, 12).ShouldBe(second, tolerance: 1e-6);
        // Far is short too but 111 km away, beyond the radius; Poor has nothing to give.
        outcome.Deliveries.ShouldNotContain(d => d.City.Value == "far" || d.City.Value == "rich");
    }

    [Fact]
    public void A_donor_never_gives_itself_below_its_donor_threshold()
    {
        var outcome = Run("1");

        // With share 1 Rich gives its whole surplus at t = 0, 75,000 L, and keeps exactly 5 days
        // (75,000 L). From then on it eats 625 L/h and is never above 5 days again: nothing more goes.
        const double surplus = 150_000 - (5 * 15_000);
        outcome.Deliveries.Sum(d => d.Amount.Units).ShouldBe(surplus, tolerance: 1e-6);
        outcome.Deliveries.ShouldAllBe(d => d.TimeHours < 6);
        var ledger = outcome.Ledger[0];
        ledger.Imbalance.ShouldBe(0, tolerance: 1e-9);
    }
}
