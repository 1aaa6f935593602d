using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Runs;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;
using SimWorkbench.WhatIf;

namespace SimWorkbench.Tests.WhatIf;

public sealed class ScenarioEditsTests
{
    private static readonly Scenario Metro = Workbench.Load(Path.Combine(RepositoryFiles.Scenarios, "metro-earthquake.yaml"));

    [Fact]
    public void Closing_a_link_changes_that_link_only()
    {
        var edited = Metro.WithLinkClosed("bay-bridge", reopensAfter: Duration.FromDays(180));

        var before = Metro.Network.Links;
        var after = edited.Network.Links;
        after.Count.ShouldBe(before.Count);
        for (var i = 0; i < before.Count; i++)
        {
            if (before[i].Id.Value == "bay-bridge")
            {
                after[i].ShouldBe(before[i] with { InitialState = LinkState.Closed, RepairTime = Duration.FromDays(180) });
            }
            else
            {
                after[i].ShouldBeSameAs(before[i]);
            }
        }

        ShouldBeUnchangedExcept(edited, network: false);
        edited.Network.Cities.ShouldBeSameAs(Metro.Network.Cities);
        edited.Network.Depots.ShouldBeSameAs(Metro.Network.Depots);
        edited.Network.Fleets.ShouldBeSameAs(Metro.Network.Fleets);
        Metro.Network.Links.Single(l => l.Id.Value == "bay-bridge").InitialState.ShouldBe(LinkState.Open); // the original is untouched
    }

    [Fact]
    public void A_closed_link_reopens_after_its_own_repair_time_unless_told_otherwise()
    {
        var edited = Metro.WithLinkClosed("bay-bridge");

        // bay-bridge has repair_time: 60d in the file.
        edited.Network.Links.Single(l => l.Id.Value == "bay-bridge").RepairTime.ShouldBe(Duration.FromDays(60));
    }

    [Fact]
    public void An_island_behind_a_closed_bridge_gets_nothing_from_a_central_reserve()
    {
        // Bay Island's only road is the bay bridge (its ferry route has no fleet), and the
        // centralised strategy keeps no stock on the island: with the bridge closed from t = 0 for
        // longer than the horizon, nothing can be served there, in any hour.
        var edited = Metro.WithLinkClosed("bay-bridge", reopensAfter: Duration.FromDays(180)) with { Horizon = Duration.FromDays(3) };

        var run = SupplyRun.Run(edited, new StrategyId("centralised"));

        var island = run.Cities.ToList().IndexOf(new CityId("bay-island"));
        for (var c = 0; c < run.Commodities.Count; c++)
        {
            run.Need.Total(island, c).ShouldBeGreaterThan(0);
            run.Served.Total(island, c).ShouldBe(0);
        }
    }

    [Fact]
    public void An_unknown_link_is_refused_with_the_nearest_id()
    {
        var error = Should.Throw<ArgumentException>(() => Metro.WithLinkClosed("bay-brige"));

        error.ParamName.ShouldBe("link");
        error.Message.ShouldContain("has no link 'bay-brige'");
        error.Message.ShouldContain("the nearest is 'bay-bridge'");
    }

    [Fact]
    public void Moving_a_share_of_the_reserve_to_the_districts_splits_it_by_population()
    {
        var edited = Metro.WithStockMoved("centralised", "national-reserve", 0.3, DepotTier.Local);

        var before = Metro.Strategies[0];
        var after = edited.Strategies[0];
        var water = new CommodityId("water");
        // The reserve holds 60,000,000 L: 30% (18,000,000 L) moves, 42,000,000 L stay.
        after.Stock[new DepotId("national-reserve")][water].Units.ShouldBe(42_000_000, tolerance: 1e-6);
        // Each district has one local depot and gets 18,000,000 L × its population / 8,980,000.
        var population = Metro.Network.Cities.Sum(c => c.Population);
        population.ShouldBe(8_980_000);
        foreach (var depot in Metro.Network.Depots.Where(d => d.Tier == DepotTier.Local))
        {
            var city = Metro.Network.Cities.Single(c => c.Id == depot.City);
            after.Stock[depot.Id][water].Units.ShouldBe(18_000_000.0 * city.Population / population, tolerance: 1e-6);
        }

        // e.g. Harbour: 18,000,000 × 1,150,000 / 8,980,000 = 2,305,122.49 L.
        after.Stock[new DepotId("local-harbour")][water].Units.ShouldBe(2_305_122.49, tolerance: 0.01);
        foreach (var regional in new[] { "regional-west", "regional-east", "regional-north" })
        {
            after.Stock[new DepotId(regional)].ShouldBeSameAs(before.Stock[new DepotId(regional)]);
        }

        foreach (var commodity in Metro.Commodities)
        {
            after.TotalStock(commodity.Id).Units.ShouldBe(before.TotalStock(commodity.Id).Units, tolerance: 1e-6 * before.TotalStock(commodity.Id).Units);
        }

        after.ShouldBe(before with { Stock = after.Stock });
        edited.Strategies[1].ShouldBeSameAs(Metro.Strategies[1]);
        edited.Strategies[2].ShouldBeSameAs(Metro.Strategies[2]);
        ShouldBeUnchangedExcept(edited, strategies: false);
        edited.Network.ShouldBeSameAs(Metro.Network);
    }

    [Fact]
    public void Moving_stock_to_named_depots_shares_a_city_equally_among_its_depots()
    {
        // west-port holds regional-west and local-west-port; airport holds local-airport.
        // Weights: 1,080,000 / 2 for each west-port depot, 520,000 for the airport's:
        // 540,000 + 540,000 + 520,000 = 1,600,000. 5% of 60,000,000 L = 3,000,000 L moves.
        var edited = Metro.WithStockMoved("centralised", "national-reserve", 0.05, ["regional-west", "local-west-port", "local-airport"]);

        var stock = edited.Strategies[0].Stock;
        var water = new CommodityId("water");
        stock[new DepotId("regional-west")][water].Units.ShouldBe(20_000_000 + (3_000_000.0 * 540_000 / 1_600_000), tolerance: 1e-6);
        stock[new DepotId("local-west-port")][water].Units.ShouldBe(3_000_000.0 * 540_000 / 1_600_000, tolerance: 1e-6);
        stock[new DepotId("local-airport")][water].Units.ShouldBe(3_000_000.0 * 520_000 / 1_600_000, tolerance: 1e-6);
    }

    [Fact]
    public void Moving_stock_refuses_unknown_ids_with_the_nearest()
    {
        Should.Throw<ArgumentException>(() => Metro.WithStockMoved("centralized", "national-reserve", 0.3, DepotTier.Local))
            .Message.ShouldContain("the nearest is 'centralised'");
        Should.Throw<ArgumentException>(() => Metro.WithStockMoved("centralised", "national-reserv", 0.3, DepotTier.Local))
            .Message.ShouldContain("the nearest is 'national-reserve'");
        Should.Throw<ArgumentException>(() => Metro.WithStockMoved("centralised", "national-reserve", 0.3, ["local-harbor"]))
            .Message.ShouldContain("the nearest is 'local-harbour'");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Moving_stock_refuses_a_share_outside_zero_to_one(double share)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Metro.WithStockMoved("centralised", "national-reserve", share, DepotTier.Local))
            .ParamName.ShouldBe("share");
    }

    [Fact]
    public void Moving_stock_from_a_depot_the_strategy_keeps_nothing_at_is_refused()
    {
        // The distributed strategy keeps everything in the districts.
        Should.Throw<ArgumentException>(() => Metro.WithStockMoved("distributed", "national-reserve", 0.3, DepotTier.Local))
            .Message.ShouldContain("keeps nothing at depot 'national-reserve'");
    }

    [Fact]
    public void Moving_more_stock_than_a_depot_can_hold_is_refused()
    {
        // All 60,000,000 L of the reserve into Bay Island's depot, which holds at most 3,000,000 L.
        var error = Should.Throw<ArgumentException>(() => Metro.WithStockMoved("centralised", "national-reserve", 1.0, ["local-bay-island"]));

        error.Message.ShouldContain("above its capacity of 3,000,000 L");
        error.ParamName.ShouldBe("share");
    }

    [Fact]
    public void Scaling_a_hazard_changes_its_intensity_only()
    {
        var edited = Metro.WithHazardScaled("main-shock", 1.2);

        // 0.9 g × 1.2 = 1.08 g.
        edited.Hazards.Count.ShouldBe(1);
        edited.Hazards[0].ShouldBe(Metro.Hazards[0] with { Intensity = 0.9 * 1.2 });
        edited.Hazards[0].Intensity.ShouldBe(1.08, tolerance: 1e-12);
        ShouldBeUnchangedExcept(edited, hazards: false);
        edited.Network.ShouldBeSameAs(Metro.Network);
        edited.Strategies.ShouldBeSameAs(Metro.Strategies);
    }

    [Fact]
    public void Scaling_a_hazard_beyond_what_its_kind_can_reach_is_refused()
    {
        // 0.9 g × 6 = 5.4 g, above the 5 g an earthquake's peak ground acceleration may reach.
        Should.Throw<ArgumentException>(() => Metro.WithHazardScaled("main-shock", 6))
            .Message.ShouldContain("must be at most 5");
        Should.Throw<ArgumentOutOfRangeException>(() => Metro.WithHazardScaled("main-shock", 0));
        Should.Throw<ArgumentException>(() => Metro.WithHazardScaled("mainshock", 1.1))
            .Message.ShouldContain("the nearest is 'main-shock'");
    }

    [Fact]
    public void Edits_chain_and_keep_the_seed()
    {
        var edited = Metro.WithLinkClosed("bay-bridge").WithHazardScaled("main-shock", 1.1);

        edited.Seed.ShouldBe(Metro.Seed);
        edited.Hazards[0].Intensity.ShouldBe(0.99, tolerance: 1e-12);
        edited.Network.Links.Single(l => l.Id.Value == "bay-bridge").InitialState.ShouldBe(LinkState.Closed);
    }

    private static void ShouldBeUnchangedExcept(Scenario edited, bool network = true, bool hazards = true, bool strategies = true)
    {
        edited.Name.ShouldBe(Metro.Name);
        edited.Description.ShouldBe(Metro.Description);
        edited.Horizon.ShouldBe(Metro.Horizon);
        edited.Replications.ShouldBe(Metro.Replications);
        edited.Seed.ShouldBe(Metro.Seed);
        edited.RequireParity.ShouldBe(Metro.RequireParity);
        edited.Commodities.ShouldBeSameAs(Metro.Commodities);
        edited.Cascades.ShouldBeSameAs(Metro.Cascades);
        if (network)
        {
            edited.Network.ShouldBeSameAs(Metro.Network);
        }

        if (hazards)
        {
            edited.Hazards.ShouldBeSameAs(Metro.Hazards);
        }

        if (strategies)
        {
            edited.Strategies.ShouldBeSameAs(Metro.Strategies);
        }
    }
}
