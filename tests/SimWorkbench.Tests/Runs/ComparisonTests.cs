using SimWorkbench.Runs;
using SimWorkbench.Strategies;

namespace SimWorkbench.Tests.Runs;

public sealed class ComparisonTests
{
    // Parity, no hazard: one town of 1,000 people needing 15 L/person/d (625 L/h, 30,000 L over the
    // 2-day horizon); both strategies hold 40,000 L in all and the same fleet (10 trucks of 5 t).
    // - distributed: all 40,000 L in the town's own depot. It covers the whole horizon without a
    //   vehicle: fill rate 1, nothing unmet, no deprivation, 0 km.
    // - centralised: 36,000 L at a reserve one road away (60 km, 1 h) and 4,000 L (6.4 h of need)
    //   of operating stock in the town. Every 6 h the allocator ships the town's need for every hour
    //   that starts before the next decision's load can land (6 h + loading + 1 h of road: 8 hours),
    //   less its stock: 625 × 8 − 4,000 = 1,000 L at t = 0; then, finding 1,250 L left each time,
    //   625 × 8 − 1,250 = 3,750 L at each of t = 6, 12, …, 42. That is one load (under 5 t) per
    //   period: 8 trips of 2 × 60 km = 960 km. Loading at 1,000 t/h takes at most 0.00375 h.
    internal const string Parity = """
        name: Parity
        horizon: 2d
        replications: 3
        seed: 7
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
        depots:
          - { id: reserve, tier: national, location: { lat: 10.5, lon: 20.5 }, loading: 1000 t/h, capacity: { water: 1000000 L } }
          - { id: local-town, tier: local, city: town, loading: 1000 t/h, capacity: { water: 50000 L } }
        links:
          - { id: road, from: reserve, to: town, mode: road, length: 60 km, travel_time: 1h, repair_time: 2d }
        fleets:
          - { id: trucks, depot: reserve, mode: road, vehicles: 10, payload: 5 t, speed: 60 km/h }
        strategies:
          - { id: centralised, kind: centralised, allocation_period: 6h, stock: { reserve: { water: 36000 L }, local-town: { water: 4000 L } } }
          - { id: distributed, kind: distributed, stock: { local-town: { water: 40000 L } } }
        """;

    /// <summary>The parity scenario priced: water 0.5 USD/L held at 0.876/yr (1e-4 per hour), trucks at 2 USD/km.</summary>
    internal static readonly string PricedParity = Parity
        .Replace("seed: 7", "seed: 7\ncurrency: USD", StringComparison.Ordinal)
        .Replace("need: 15 L/person/d }", "need: 15 L/person/d, unit_cost: 0.5 USD/L, holding_cost: 0.876/yr }", StringComparison.Ordinal)
        .Replace("speed: 60 km/h }", "speed: 60 km/h, cost_per_km: 2 USD/km }", StringComparison.Ordinal);

    // A town of 1,000 people (625 L/h) alone with 15,000 L (24 h of need) in its own depot over 5 days:
    // served in full for hours 0-23, then nothing for the 96 h left.
    private const string CutOff = """
        name: Cut off
        horizon: 5d
        commodities:
          - { id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d, unit_cost: 0.5 USD/L, holding_cost: 0.876/yr,
              deprivation_cost: { a: 1.5031, b: 0.1172/h, limit: 72h } }
        cities:
          - { id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }
        depots:
          - { id: local-town, tier: local, city: town, loading: 10 t/h, capacity: { water: 50000 L } }
        fleets:
          - { id: vans, depot: local-town, mode: road, vehicles: 1, payload: 1 t, speed: 40 km/h, cost_per_km: 2 USD/km }
        strategies:
          - { id: local, kind: distributed, stock: { local-town: { water: 15000 L } } }
        """;

    [Fact]
    public void At_parity_without_hazards_both_fill_all_need_and_cost_what_the_hand_calculation_gives()
    {
        var result = Comparison.Run(TestScenarios.Parse(PricedParity));
        int Index(string key) => result.Metrics.ToList().FindIndex(m => m.Key == key);
        double Mean(string key, int strategy) => result.Summaries[Index(key)][strategy].Summary!.Mean;

        // Transport: centralised drives 8 round trips of 2 × 60 km = 960 km at 2 USD/km; distributed none.
        const double centralTransport = 8 * 2 * 60 * 2.0;
        // Holding at 0.5 USD/L × 1e-4 /h on the L·h on hand (StockOnHandTests): distributed
        // 48 × 40,000 − 625 × 48 × 49 / 2 = 1,185,000; centralised 1,000 + 7 × 3,750 = 27,250 less
        // (each load is on the road at one reading).
        const double perLitreHour = 0.5 * (0.876 / 8760);
        const double localHolding = 1_185_000 * perLitreHour;             // 59.25 USD
        const double centralHolding = (1_185_000 - 27_250) * perLitreHour; // 57.8875 USD
        for (var s = 0; s < 2; s++)
        {
            Mean("water.fill_rate", s).ShouldBe(1.0);
            Mean("all.procurement_cost", s).ShouldBe(0);   // no supplier delivers
            Mean("all.stock_lost_cost", s).ShouldBe(0);    // no hazard
            Mean("all.deprivation_cost", s).ShouldBe(0);
            Mean("all.social_cost", s).ShouldBe(Mean("all.logistics_cost", s));
        }

        Mean("all.transport_cost", 0).ShouldBe(centralTransport, tolerance: 1e-9);
        Mean("all.transport_cost", 1).ShouldBe(0);
        Mean("all.holding_cost", 0).ShouldBe(centralHolding, tolerance: 1e-9);
        Mean("all.holding_cost", 1).ShouldBe(localHolding, tolerance: 1e-9);
        Mean("all.logistics_cost", 0).ShouldBe(centralTransport + centralHolding, tolerance: 1e-9);
        Mean("all.logistics_cost", 1).ShouldBe(localHolding, tolerance: 1e-9);
        result.Differences[Index("all.logistics_cost")][0].Difference!.MeanDifference
            .ShouldBe(centralTransport + centralHolding - localHolding, tolerance: 1e-9);
        result.Metrics[Index("all.social_cost")].Unit.ShouldBe("USD");
    }

    [Fact]
    public void Social_cost_adds_the_deprivation_cost_in_currency_to_the_logistics_cost()
    {
        var result = Comparison.Run(TestScenarios.Parse(CutOff));
        var run = result.Runs[0].ShouldHaveSingleItem();

        // All 1,000 people go without for 96 h, past the 72 h limit: 1,000 × DC(96) with
        // DC(96) = e^(a + 72b) − e^a + 24 × b·e^(a + 72b), about 79,200 USD each.
        const double a = 1.5031;
        const double b = 0.1172;
        var perPerson = Math.Exp(a + (72 * b)) - Math.Exp(a) + (24 * b * Math.Exp(a + (72 * b)));
        var deprivation = 1000 * perPerson;
        // Holding: Σ_{h=0}^{23} (15,000 − 625 (h + 1)) = 360,000 − 187,500 = 172,500 L·h at 5e-5 USD.
        const double holding = 172_500 * 0.5 * (0.876 / 8760);

        run.DeprivationCost.ShouldBe(deprivation, deprivation * 1e-12);
        run.Costs.ShouldBe(new SimWorkbench.Metrics.LogisticsCosts(0, run.Costs.Holding, 0, 0));
        run.Costs.Holding.ShouldBe(holding, 1e-9);
        run.SocialCost.ShouldBe(holding + deprivation, deprivation * 1e-12);
    }

    [Fact]
    public void At_parity_without_hazards_distributed_meets_all_need_and_centralised_ships_one_load_a_period()
    {
        var result = Comparison.Run(TestScenarios.Parse(Parity));

        var central = result.Runs[0];
        var local = result.Runs[1];
        central.Count.ShouldBe(3);
        foreach (var run in local)
        {
            var water = run.Overall[0];
            water.NeedUnits.ShouldBe(30_000, tolerance: 1e-6);
            water.FillRate.ShouldBe(1.0);
            water.UnmetUnits.ShouldBe(0);
            water.DeprivationCost.ShouldBe(0);
            water.ResilienceIndex.ShouldBe(1.0);
        }

        central.ShouldAllBe(r => r.DeliveryCount == 8 && Math.Abs(r.VehicleKilometres - (8 * 120.0)) < 1e-9);
        local.ShouldAllBe(r => r.DeliveryCount == 0 && r.VehicleKilometres == 0);
    }

    // A city draws each hour's need at the start of the hour; a load lands 1.004 h after its
    // dispatch (loading 0.004 h, then 1 h of road). The allocator's lead time counts both, so each
    // decision already covers the hour its successor's load arrives just after: nothing is unmet.
    [Fact]
    public void At_parity_without_hazards_centralised_meets_all_need_too()
    {
        var result = Comparison.Run(TestScenarios.Parse(Parity));

        foreach (var run in result.Runs[0])
        {
            run.Overall[0].FillRate.ShouldBe(1.0);
            run.Overall[0].DeprivationCost.ShouldBe(0);
        }

        var fillRate = result.Metrics.ToList().FindIndex(m => m.Key == "water.fill_rate");
        result.Differences[fillRate][0].Difference!.MeanDifference.ShouldBe(0);
    }

    [Fact]
    public void Times_count_from_the_hour_the_earliest_hazard_strikes()
    {
        // The metro earthquake's main shock strikes at 6 h; moved to 30.7 h beside a second hazard
        // at 9.5 h, the onset is the earlier one's hour, 9; a hazard at or after the horizon counts
        // for nothing, and without hazards the emergency starts at hour 0.
        var metro = TestScenarios.Example("metro-earthquake.yaml");
        var shock = metro.Hazards[0];
        var moved = metro with { Hazards = [shock with { Onset = new(30.7) }, shock with { Onset = new(9.5) }] };
        var late = metro with { Hazards = [shock with { Onset = metro.Horizon }] };

        Comparison.OnsetHourOf(metro).ShouldBe(6);
        Comparison.OnsetHourOf(moved).ShouldBe(9);
        Comparison.OnsetHourOf(late).ShouldBe(0);
        Comparison.OnsetHourOf(TestScenarios.Parse(Parity)).ShouldBe(0);
        Comparison.Run(metro, new ComparisonOptions { Replications = 1, Strategies = [new StrategyId("distributed")] })
            .OnsetHour.ShouldBe(6);
    }

    [Fact]
    public void Results_are_identical_whatever_the_degree_of_parallelism()
    {
        var scenario = TestScenarios.Parse(Parity);

        var sequential = Comparison.Run(scenario, new ComparisonOptions { Replications = 6, MaxDegreeOfParallelism = 1 });
        var parallel = Comparison.Run(scenario, new ComparisonOptions { Replications = 6, MaxDegreeOfParallelism = 4 });

        for (var s = 0; s < 2; s++)
        {
            for (var r = 0; r < 6; r++)
            {
                parallel.Runs[s][r].Replication.ShouldBe(r);
                parallel.Runs[s][r].Seed.ShouldBe(sequential.Runs[s][r].Seed);
                foreach (var metric in sequential.Metrics)
                {
                    parallel.Runs[s][r].Strategy.ShouldBe(sequential.Runs[s][r].Strategy);
                    metric.ValueOf(parallel.Runs[s][r]).ShouldBe(metric.ValueOf(sequential.Runs[s][r]));
                }
            }
        }

        for (var m = 0; m < sequential.Metrics.Count; m++)
        {
            for (var s = 0; s < 2; s++)
            {
                parallel.Summaries[m][s].Summary.ShouldBe(sequential.Summaries[m][s].Summary);
            }

            parallel.Differences[m][0].Difference.ShouldBe(sequential.Differences[m][0].Difference);
        }
    }

    [Fact]
    public void Strategies_share_the_seed_of_each_replication_and_replications_differ()
    {
        var result = Comparison.Run(TestScenarios.Parse(Parity), new ComparisonOptions { Replications = 3, Seed = 99 });

        result.Seed.ShouldBe(99UL);
        for (var r = 0; r < 3; r++)
        {
            // Common random numbers: replication r is the same seed for every strategy.
            result.Runs[1][r].Seed.ShouldBe(result.Runs[0][r].Seed);
            result.Runs[0][r].Seed.ShouldBe(Kernel.RandomStream.DeriveSeed(99, $"replication/{r}"));
        }

        result.Runs[0].Select(r => r.Seed).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Progress_counts_every_run_once()
    {
        var reports = new System.Collections.Concurrent.ConcurrentBag<int>();

        Comparison.Run(TestScenarios.Parse(Parity), new ComparisonOptions { Replications = 4, Progress = new Recorder(reports) });

        reports.Order().ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
    }

    [Fact]
    public void An_unknown_strategy_is_refused_with_the_names_the_scenario_has()
    {
        var error = Should.Throw<ArgumentException>(() =>
            Comparison.Run(TestScenarios.Parse(Parity), new ComparisonOptions { Strategies = [new StrategyId("hybrid")] }));

        error.Message.ShouldContain("'hybrid'");
        error.Message.ShouldContain("centralised, distributed");
    }

    [Fact]
    public void The_better_value_follows_each_metrics_direction()
    {
        var result = Comparison.Run(TestScenarios.Parse(Parity), new ComparisonOptions { Replications = 2 });
        int Index(string key) => result.Metrics.ToList().FindIndex(m => m.Key == key);

        // Distributed drives no km (lower is better); both serve every hour and deliver something
        // to every city (ties: no winner); need describes, it does not judge.
        result.Best(Index("all.vehicle_km")).ShouldBe(1);
        result.Best(Index("water.fill_rate")).ShouldBeNull();
        result.Best(Index("water.cities_never_delivered")).ShouldBeNull();
        result.Best(Index("water.need")).ShouldBeNull();
    }

    public static TheoryData<string> Examples => [.. RepositoryFiles.ExampleScenarios];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_scenario_compares_all_its_strategies_with_metrics_in_their_bounds(string file)
    {
        var scenario = TestScenarios.Example(file);

        var result = Comparison.Run(scenario, new ComparisonOptions { Replications = 1 });

        result.Strategies.Count.ShouldBe(scenario.Strategies.Count);
        foreach (var run in result.Runs.SelectMany(r => r))
        {
            run.Overall.Count.ShouldBe(scenario.Commodities.Count);
            foreach (var commodity in run.Overall)
            {
                commodity.FillRate.ShouldBeInRange(0, 1);
                commodity.ResilienceIndex.ShouldBeInRange(0, 1);
                commodity.UnmetUnits.ShouldBe(commodity.NeedUnits - commodity.ServedUnits, tolerance: 1e-6 * Math.Max(1, commodity.NeedUnits));
                double.IsFinite(commodity.DeprivationCost).ShouldBeTrue();
            }

            // Every example prices its stock and fleets: holding costs something, and every cost is finite.
            run.Costs.Holding.ShouldBeGreaterThan(0);
            double.IsFinite(run.SocialCost).ShouldBeTrue();
        }

        result.ServiceLevels.Count.ShouldBe(scenario.Strategies.Count * scenario.Commodities.Count);
        result.ServiceLevels.ShouldAllBe(b => b.Days.All(d => d.Mean >= 0 && d.Mean <= 1));
    }

    private sealed class Recorder(System.Collections.Concurrent.ConcurrentBag<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
