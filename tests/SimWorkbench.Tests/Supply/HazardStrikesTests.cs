using CsCheck;
using SimWorkbench.Hazards;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;

namespace SimWorkbench.Tests.Supply;

public sealed class HazardStrikesTests
{
    private static readonly StrategyId Central = new("central");

    // A reserve and a town (1,000 people, 15 L/person/d = 625 L/h) joined by one road of 1.5 h that
    // takes 2 d to repair; 10 trucks of 5 t, the reserve loads 20 t/h. No hazard can fail the
    // town's utilities, so it depends on emergency supply from the start. HAZARDS is replaced.
    private const string OneRoad = """
        name: One road
        horizon: 4d
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
        depots:
          - { id: reserve, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 20 t/h, capacity: { water: 1000000 L } }
          - { id: local-town, tier: local, city: town, loading: 10 t/h, capacity: { water: 50000 L } }
        links:
          - { id: road, from: reserve, to: town, mode: road, length: 60 km, travel_time: 1.5h, repair_time: 2d }
        fleets:
          - { id: trucks, depot: reserve, mode: road, vehicles: 10, payload: 5 t, speed: 40 km/h }
        strategies:
          - { id: central, kind: centralised, allocation_period: 6h, stock: { reserve: { water: 1000000 L }, local-town: { water: STOCK } } }
        HAZARDS
        """;

    private static Scenario Parse(string hazards, string stock = "0 L") =>
        TestScenarios.Parse(OneRoad.Replace("STOCK", stock, StringComparison.Ordinal).Replace("HAZARDS", hazards, StringComparison.Ordinal));

    [Fact]
    public void A_closed_link_carries_nothing_until_its_repair_time_then_deliveries_resume_after_loading_and_travel()
    {
        // Intensity 5 g against a median of 0.01 g: ln(500)/0.1 = 62 standard deviations, P(damage) = 1.
        var scenario = Parse("""
            hazards:
              - id: quake
                kind: earthquake
                onset: 0h
                targets: [road]
                intensity: 5
                fragility: [{ element: road, median: 0.01, beta: 0.1 }]
            """);

        var outcome = SupplyRun.Run(scenario, Central);

        // The road closes at 0 and reopens at its repair time, 48 h; the allocator's round at 48 h
        // (a multiple of its 6 h period) is the first that finds a path.
        const double repaired = 48;
        outcome.Deliveries.ShouldNotBeEmpty();
        outcome.Deliveries.ShouldAllBe(d => d.TimeHours > repaired);
        var first = outcome.Deliveries[0];
        var loadingHours = first.Amount.Units / 1000 / 20; // t / (t/h)
        first.TimeHours.ShouldBe(repaired + loadingHours + 1.5, tolerance: 1e-9);
        outcome.Served.Of(0, 0)[..49].ToArray().ShouldAllBe(s => s == 0);
        var record = outcome.Hazards.ShouldHaveSingleItem();
        record.Damaged.ShouldBe([new Target(TargetType.Link, "road")]);
        record.Generation.ShouldBe(0);
        record.Rule.ShouldBeNull();
    }

    [Fact]
    public void A_link_closed_by_a_hazard_records_its_closing_and_its_reopening_at_the_repair_time()
    {
        // Onset 10 h, P(damage) = 1 (as above); the road's repair time is 2 d, so it reopens at 10 + 48 = 58 h.
        var scenario = Parse("""
            hazards:
              - id: quake
                kind: earthquake
                onset: 10h
                targets: [road]
                intensity: 5
                fragility: [{ element: road, median: 0.01, beta: 0.1 }]
            """);

        var outcome = SupplyRun.Run(scenario, Central);

        outcome.LinkChanges.ShouldBe(
        [
            new LinkStateChange(10, new LinkId("road"), LinkState.Closed, new HazardId("quake")),
            new LinkStateChange(58, new LinkId("road"), LinkState.Open, null),
        ]);
    }

    [Fact]
    public void A_run_without_hazards_changes_no_link()
    {
        SupplyRun.Run(Parse(string.Empty), Central).LinkChanges.ShouldBeEmpty();
    }

    [Fact]
    public void A_damaged_depot_loses_exactly_its_share_of_stock_into_Lost_and_the_ledger_balances()
    {
        // Both depots struck at onset 0 and sure to be damaged; each loses a quarter of its stock.
        var scenario = Parse(
            """
            hazards:
              - id: fire
                kind: fire
                onset: 0h
                targets: [reserve, local-town]
                intensity: 1
                fragility: [{ element: depot, median: 0.01, beta: 0.1, stock_loss: 0.25 }]
            """,
            stock: "40000 L");

        var outcome = SupplyRun.Run(scenario, Central);

        var ledger = outcome.Ledger.ShouldHaveSingleItem();
        ledger.Lost.ShouldBe((0.25 * 1_000_000) + (0.25 * 40_000), tolerance: 1e-6);
        Math.Abs(ledger.Imbalance).ShouldBeLessThan(1e-9 * ledger.Initial);

        // The town is left with 30,000 L in its local depot: 48 full hours at 625 L/h before any truck arrives.
        outcome.Served[0, 0, 0].ShouldBe(625, tolerance: 1e-9);
    }

    [Fact]
    public void A_cascade_with_probability_one_starts_its_hazard_after_its_delay_one_generation_on_until_the_limit()
    {
        // A flood on the town that starts a flood on the town 10 h later, which starts another...:
        // the rule fires for triggers of generation 0, 1 and 2, so the chain stops at generation 3.
        var scenario = Parse("""
            hazards:
              - { id: flood, kind: flood, onset: 3h, targets: [town], intensity: 2 }
            cascades:
              - id: again
                trigger: { hazard: flood, min_intensity: 0.5 }
                effect: { kind: flood, delay: 10h, probability: 1, intensity: 1 }
                generation_limit: 3
            """);

        var log = SupplyRun.Run(scenario, Central).Hazards;

        log.Select(h => h.Generation).ShouldBe([0, 1, 2, 3]);
        log.Select(h => h.OnsetHours).ShouldBe([3.0, 13.0, 23.0, 33.0]);
        log[1].Rule.ShouldBe(new CascadeRuleId("again"));
        log[1].Parent.ShouldBe(new HazardId("flood"));
        log[2].Parent.ShouldBe(log[1].Id);
        log.ShouldAllBe(h => h.Affected.Count == 1 && h.Affected[0] == new Target(TargetType.City, "town"));
    }

    [Fact]
    public void A_city_whose_utilities_fail_needs_emergency_supply_for_its_recovery_time_only()
    {
        // A city curve exists, so the town needs nothing until the shock at 5 h fails its
        // utilities; then 625 L/h for its recovery time of 1 d (hours 5..28), then nothing.
        var scenario = Parse("""
            hazards:
              - id: quake
                kind: earthquake
                onset: 5h
                targets: [town]
                intensity: 5
                fragility: [{ element: city, median: 0.01, beta: 0.1 }]
            """);
        scenario = scenario with
        {
            Network = scenario.Network with { Cities = [scenario.Network.Cities[0] with { RecoveryTime = Duration.FromDays(1) }] },
        };

        var need = SupplyRun.Run(scenario, Central).Need.Of(0, 0).ToArray();

        need[..5].ShouldAllBe(n => n == 0);
        need[5..29].ShouldAllBe(n => Math.Abs(n - 625) < 1e-9);
        need[29..].ShouldAllBe(n => n == 0);
    }

    [Fact]
    public void A_demand_surge_multiplies_need_for_its_duration()
    {
        // No city curve: the town depends from the start (625 L/h); a surge of ×3 from 2 h for 10 h.
        var scenario = Parse("""
            hazards:
              - id: spill
                kind: contamination
                onset: 2h
                targets: [town]
                intensity: 0.5
                demand_surge: [{ commodity: water, multiplier: 3, duration: 10h }]
            """);

        var need = SupplyRun.Run(scenario, Central).Need.Of(0, 0).ToArray();

        need[..2].ShouldAllBe(n => Math.Abs(n - 625) < 1e-9);
        need[2..12].ShouldAllBe(n => Math.Abs(n - (3 * 625)) < 1e-9);
        need[12..].ShouldAllBe(n => Math.Abs(n - 625) < 1e-9);
    }

    [Fact]
    public void A_city_short_for_the_rules_time_starts_its_hazard_once()
    {
        // With the road closed from the start (repair after the horizon) the town gets nothing:
        // hours 0, 1 and 2 are short, so a 3 h shortage rule fires at the end of hour 2, at 3 h,
        // and the unrest starts 1 h later, on the town alone, generation 1, with no parent.
        var scenario = TestScenarios.Parse(OneRoad
            .Replace("STOCK", "0 L", StringComparison.Ordinal)
            .Replace("repair_time: 2d }", "repair_time: 30d, state: closed }", StringComparison.Ordinal)
            .Replace("HAZARDS", """
                cascades:
                  - id: riots
                    trigger: { without: water, below: 0.5, for: 3h }
                    effect: { kind: unrest, delay: 1h, probability: 1, intensity: 0.5 }
                """, StringComparison.Ordinal));

        var log = SupplyRun.Run(scenario, Central).Hazards;

        var riot = log.ShouldHaveSingleItem();
        riot.OnsetHours.ShouldBe(4);
        riot.Generation.ShouldBe(1);
        riot.Rule.ShouldBe(new CascadeRuleId("riots"));
        riot.Parent.ShouldBeNull();
        riot.Affected.ShouldBe([new Target(TargetType.City, "town")]);
    }

    [Fact]
    public void A_damaged_depot_loads_at_the_share_of_throughput_it_kept()
    {
        // The reserve loses half its 20 t/h at 0 h (repaired after the default 7 d): loads go at 10 t/h.
        var scenario = Parse("""
            hazards:
              - id: quake
                kind: earthquake
                onset: 0h
                targets: [reserve]
                intensity: 5
                fragility: [{ element: depot, median: 0.01, beta: 0.1, throughput_loss: 0.5 }]
            """);

        var first = SupplyRun.Run(scenario, Central).Deliveries[0];

        first.TimeHours.ShouldBe((first.Amount.Units / 1000 / 10) + 1.5, tolerance: 1e-9);
    }

    [Fact]
    public void Displaced_people_take_their_need_to_the_nearest_city_the_hazard_does_not_reach_and_bring_it_back()
    {
        // Half the town's 1,000 people (share 0.5 at full intensity) go to the village from 2 h to
        // 12 h: 312.5 L/h of need moves with them (15 L/person/d ÷ 24 × 500).
        var scenario = TestScenarios.Parse(OneRoad
            .Replace("STOCK", "0 L", StringComparison.Ordinal)
            .Replace("cities:\n", "cities:\n  - { id: village, location: { lat: 10.1, lon: 20.1 }, population: 1000 }\n", StringComparison.Ordinal)
            .Replace("HAZARDS", """
                hazards:
                  - id: spill
                    kind: contamination
                    onset: 2h
                    targets: [town]
                    intensity: 0.5
                    displacement: { share: 0.5, return_after: 10h }
                """, StringComparison.Ordinal));

        var outcome = SupplyRun.Run(scenario, Central);
        var village = outcome.Need.Of(0, 0).ToArray();
        var town = outcome.Need.Of(1, 0).ToArray();

        town[..2].ShouldAllBe(n => Math.Abs(n - 625) < 1e-9);
        town[2..12].ShouldAllBe(n => Math.Abs(n - 312.5) < 1e-9);
        village[2..12].ShouldAllBe(n => Math.Abs(n - 937.5) < 1e-9);
        town[12..].ShouldAllBe(n => Math.Abs(n - 625) < 1e-9);
        village[12..].ShouldAllBe(n => Math.Abs(n - 625) < 1e-9);
    }

    [Fact]
    public void Stock_lost_to_hazards_keeps_the_ledger_balanced_whatever_the_share_and_the_seed()
    {
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 90], Gen.ULong).Sample(
            c =>
            {
                var (share, onset, seed) = c;
                var scenario = Parse($$"""
                    hazards:
                      - id: fire
                        kind: fire
                        onset: {{onset}}h
                        targets: [reserve, local-town]
                        intensity: 1
                        fragility: [{ element: depot, median: 0.5, beta: 0.6, stock_loss: {{share.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}} }]
                    """, stock: "40000 L") with { Seed = seed };

                var ledger = SupplyRun.Run(scenario, Central).Ledger.ShouldHaveSingleItem();

                Math.Abs(ledger.Imbalance).ShouldBeLessThan(1e-9 * ledger.Initial);
                ledger.Lost.ShouldBeInRange(0, share * ledger.Initial * (1 + 1e-12));
            },
            iter: 40);
    }

    [Fact]
    public void Deliveries_into_a_city_under_a_distribution_factor_take_the_road_at_that_share_of_their_speed()
    {
        // Unrest in the town for 10 h at half the normal rate: the 1.5 h road takes 3 h on the way in.
        var scenario = Parse("""
            hazards:
              - { id: unrest, kind: unrest, onset: 0h, duration: 10h, targets: [town], intensity: 0.5, distribution_factor: 0.5 }
            """);

        var first = SupplyRun.Run(scenario, Central).Deliveries[0];

        first.TimeHours.ShouldBe((first.Amount.Units / 1000 / 20) + (1.5 / 0.5), tolerance: 1e-9);
    }

    [Fact]
    public void The_same_seed_gives_the_same_event_log_on_the_metro_earthquake()
    {
        var scenario = TestScenarios.Example("metro-earthquake.yaml");

        var first = SupplyRun.Run(scenario, new StrategyId("centralised"));
        var second = SupplyRun.Run(scenario, new StrategyId("centralised"));

        first.Hazards.Count.ShouldBeGreaterThan(1); // the main shock and what it set off
        first.Hazards[0].Id.ShouldBe(new HazardId("main-shock"));
        second.Hazards.Select(Describe).ShouldBe(first.Hazards.Select(Describe));
        first.LinkChanges.ShouldNotBeEmpty();
        second.LinkChanges.ShouldBe(first.LinkChanges);
        first.LinkChanges.Select(c => c.TimeHours).ShouldBeInOrder();
        first.Ledger.ShouldContain(line => line.Lost > 0);
    }

    [Fact]
    public void Adding_a_hazard_does_not_change_another_hazards_damage_draws()
    {
        var scenario = TestScenarios.Example("metro-earthquake.yaml");
        var bridgeCurve = new FragilityCurve(ElementKind.Bridge, Median: 0.5, Beta: 0.6, LinkDamage.Closed, 1, Fraction.None, Fraction.None);
        var extra = new Hazard(
            new HazardId("early-flood"), HazardKind.Flood, new Duration(1), Duration.Zero, Duration.Zero, Intensity: 1,
            new EpicentreFootprint(new GeoPoint(40.95, 29.0), new Distance(100), Attenuation: null),
            new HazardEffects([bridgeCurve], [], null, Fraction.All, Fraction.All));
        var withExtra = scenario with { Hazards = [extra, .. scenario.Hazards] };

        var alone = SupplyRun.Run(scenario, new StrategyId("centralised")).Hazards;
        var both = SupplyRun.Run(withExtra, new StrategyId("centralised")).Hazards;

        both[0].Id.ShouldBe(extra.Id);
        both[0].Damaged.ShouldNotBeEmpty();
        var mainAlone = alone.Single(h => h.Id.Value == "main-shock");
        var mainBoth = both.Single(h => h.Id.Value == "main-shock");
        mainBoth.Damaged.ShouldBe(mainAlone.Damaged);
    }

    private static string Describe(HazardRecord h) =>
        $"{h.Id} {h.Kind} {h.OnsetHours:R} {h.Generation} {h.Rule} {h.Parent} {h.Intensity:R} [{string.Join(",", h.Affected)}] [{string.Join(",", h.Damaged)}]";
}
