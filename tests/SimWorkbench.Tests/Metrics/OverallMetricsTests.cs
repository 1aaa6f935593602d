using CsCheck;
using SimWorkbench.Metrics;

namespace SimWorkbench.Tests.Metrics;

public sealed class OverallMetricsTests
{
    private static CityMetrics City(string id, double population, double[] need, double[] served, int onsetHour = 0, double? minimum = null) =>
        CityMetrics.Of(new CitySeries(id, population, onsetHour, need, served, minimum), DeprivationCostFunction.HolguinVerasWater);

    [Fact]
    public void Ratios_are_of_sums_so_each_city_counts_by_its_need()
    {
        // A: 1,000 people, 10/h, all served. B: 3,000 people, 30/h, half served. 48 h.
        var a = City("a", 1000, Hourly.Constant(48, 10), Hourly.Constant(48, 10));
        var b = City("b", 3000, Hourly.Constant(48, 30), Hourly.Constant(48, 15));

        var overall = OverallMetrics.Of([a, b]);

        // Σ served / Σ need = (480 + 720) / (480 + 1440) = 0.625, and so on each day (240 + 360) / (240 + 720).
        overall.FillRate.ShouldBe(0.625);
        overall.DailyServiceLevel.ShouldBe([0.625, 0.625]);
        overall.ResilienceLossDays.ShouldBe(2 * 0.375);
        overall.ResilienceIndex.ShouldBe(1 - (0.75 / 2));
        overall.NeedUnits.ShouldBe(1920);
        overall.UnmetUnits.ShouldBe(720);
        overall.Population.ShouldBe(4000);

        // Gini of (1, 0.5) weighted (1000, 3000): Σ_{i<j} w_i w_j |x_i − x_j| / (W Σ w x)
        // = 1000 × 3000 × 0.5 / (4000 × (1000 + 1500)) = 0.15.
        overall.FillRateGini.ShouldBe(0.15, 1e-15);
        overall.WorstServed.CityId.ShouldBe("b");
    }

    [Fact]
    public void Times_are_population_weighted_over_the_cities_that_have_one()
    {
        // First delivery: a (1,000 people) after 4 h, b (3,000) after 8 h, c (500) never.
        // (1000 × 4 + 3000 × 8) / 4000 = 7 h; one city never reached.
        var a = City("a", 1000, Hourly.Constant(48, 1), Hourly.Runs((4, 0), (44, 1)));
        var b = City("b", 3000, Hourly.Constant(48, 1), Hourly.Runs((8, 0), (40, 1)));
        var c = City("c", 500, Hourly.Constant(48, 1), Hourly.Constant(48, 0));

        var overall = OverallMetrics.Of([c, b, a]);

        overall.TimeToFirstDeliveryHours.ShouldBe(7);
        overall.CitiesNeverDelivered.ShouldBe(1);
        overall.TimeToRecoverHours.ShouldBe(7);   // each recovers when first served: 24 full hours follow
        overall.CitiesNotRecovered.ShouldBe(1);
        overall.LongestDeprivationHours.ShouldBe(48); // c's, the maximum over cities
        overall.Cities.Select(city => city.CityId).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void Times_are_null_when_no_city_has_one()
    {
        var overall = OverallMetrics.Of([City("a", 10, [1, 1], [0, 0])]);

        overall.TimeToFirstDeliveryHours.ShouldBeNull();
        overall.TimeToRecoverHours.ShouldBeNull();
    }

    [Fact]
    public void The_worst_served_city_among_equals_is_the_first_by_id()
    {
        var overall = OverallMetrics.Of([
            City("b", 10, [2, 2], [1, 1]),
            City("c", 10, [2, 2], [2, 2]),
            City("a", 99, [4, 4], [2, 2]),
        ]);

        overall.WorstServed.CityId.ShouldBe("a");
    }

    [Fact]
    public void Person_days_need_every_city_to_have_a_minimum()
    {
        var a = City("a", 10, [24], [12], minimum: 2);
        var b = City("b", 10, [24], [24], minimum: 4);
        var c = City("c", 10, [24], [24]);

        // a: unmet 12 units ÷ 2 = 6 person-days; b: 0.
        OverallMetrics.Of([a, b]).UnmetPersonDays.ShouldBe(6);
        OverallMetrics.Of([a, b, c]).UnmetPersonDays.ShouldBeNull();
    }

    [Fact]
    public void Rejects_no_cities_duplicate_ids_and_different_horizons()
    {
        Should.Throw<ArgumentException>(() => OverallMetrics.Of([]));
        Should.Throw<ArgumentException>(() => OverallMetrics.Of([City("a", 1, [1], [1]), City("a", 1, [1], [1])]));
        Should.Throw<ArgumentException>(() => OverallMetrics.Of([City("a", 1, [1], [1]), City("b", 1, [1, 1], [1, 1])]));
    }

    private static readonly Gen<CityMetrics[]> Cities =
        Gen.Int[1, 72].SelectMany(hours => Gen.Select(
                Gen.Double[1, 1e6],
                Gen.Int[0, hours - 1],
                Gen.Select(Gen.Double[0, 100], Gen.Double[0, 1]).Array[hours])
            .Select((population, onset, hourly) => (population, onset, hourly))
            .Array[1, 12]
            .Select(cities => cities.Select((city, i) => City(
                $"city-{i}",
                city.population,
                [.. city.hourly.Select(h => h.Item1)],
                [.. city.hourly.Select(h => h.Item1 * h.Item2)],
                city.onset)).ToArray()));

    [Fact]
    public void Aggregates_do_not_depend_on_the_order_of_cities_bit_for_bit()
    {
        Cities.Sample(cities =>
        {
            var forward = OverallMetrics.Of(cities);
            var backward = OverallMetrics.Of(cities.Reverse());

            backward.FillRate.ShouldBe(forward.FillRate);
            backward.DailyServiceLevel.ShouldBe(forward.DailyServiceLevel);
            backward.ResilienceIndex.ShouldBe(forward.ResilienceIndex);
            backward.FillRateGini.ShouldBe(forward.FillRateGini);
            backward.TimeToRecoverHours.ShouldBe(forward.TimeToRecoverHours);
            backward.DeprivationCost.ShouldBe(forward.DeprivationCost);
            backward.WorstServed.ShouldBeSameAs(forward.WorstServed);
        });
    }

    [Fact]
    public void Fill_rates_and_indices_stay_within_zero_and_one_when_served_does_not_exceed_need()
    {
        Cities.Sample(cities =>
        {
            var overall = OverallMetrics.Of(cities);
            overall.FillRate.ShouldBeInRange(0, 1);
            overall.ResilienceIndex.ShouldBeInRange(0, 1);
            overall.FillRateGini.ShouldBeInRange(0, 1 - 1e-12);
            foreach (var city in overall.Cities)
            {
                city.FillRate.ShouldBeInRange(0, 1);
                city.ResilienceIndex.ShouldBeInRange(0, 1);
                city.DailyServiceLevel.ShouldAllBe(q => q >= 0 && q <= 1);
            }
        });
    }
}
