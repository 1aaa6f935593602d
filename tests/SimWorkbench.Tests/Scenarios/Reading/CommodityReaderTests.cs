using SimWorkbench.Metrics;
using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Tests.Scenarios.Reading;

public sealed class CommodityReaderTests
{
    // Line 4 is the commodity under test; TOP adds top-level keys on line 3.
    private const string Template = """
        name: Priced
        horizon: 2d
        TOP
        commodities: [{ id: food, unit: ration, mass_per_unit: 0.55 kg, need: 1 ration/person/d, COSTS }]
        cities: [{ id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }]
        depots: [{ id: local-town, tier: local, city: town, loading: 10 t/h, capacity: { food: 5000 ration } }]
        fleets: [{ id: vans, depot: local-town, mode: road, vehicles: 1, payload: 1 t, speed: 40 km/h }]
        strategies: [{ id: local, kind: distributed, stock: { local-town: { food: 5000 ration } } }]
        """;

    private static string Text(string costs, string top = "seed: 1") =>
        Template.Replace("TOP", top, StringComparison.Ordinal).Replace("COSTS", costs, StringComparison.Ordinal);

    private static ScenarioLoadResult Load(string costs, string top = "seed: 1") => ScenarioLoader.Parse(Text(costs, top), "priced.yaml");

    /// <summary>The 1-based column of a text on line 4.</summary>
    private static int ColumnOf(string costs, string value) => Text(costs).Split('\n')[3].IndexOf(value, StringComparison.Ordinal) + 1;

    [Fact]
    public void Without_cost_keys_a_commodity_is_free_and_uses_the_water_deprivation_function_in_US_dollars()
    {
        var scenario = TestScenarios.Parse(Text("name: Food"));

        var food = scenario.Commodities.ShouldHaveSingleItem();
        food.UnitCost.PerUnit.ShouldBe(0);
        food.HoldingCost.PerHour.ShouldBe(0);
        food.DeprivationCost.ShouldBe(DeprivationCostFunction.HolguinVerasWater);
        scenario.Currency.Code.ShouldBe("USD");
    }

    [Fact]
    public void A_unit_cost_by_mass_is_converted_with_the_mass_per_unit()
    {
        // 400 USD/t of 0.55 kg rations: 400 × 0.55 / 1,000 = 0.22 USD a ration.
        var food = TestScenarios.Parse(Text("unit_cost: 400 USD/t")).Commodities[0];

        food.UnitCost.PerUnit.ShouldBe(0.22, tolerance: 1e-15);
        TestScenarios.Parse(Text("unit_cost: 0.3 USD/ration")).Commodities[0].UnitCost.PerUnit.ShouldBe(0.3);
    }

    [Theory]
    [InlineData("0.2/yr", 0.2 / 8760)]
    [InlineData("0.024/d", 0.001)]
    [InlineData("0.01/h", 0.01)]
    public void A_holding_cost_is_a_fraction_of_value_per_unit_of_time(string written, double perHour)
    {
        TestScenarios.Parse(Text($"holding_cost: {written}")).Commodities[0].HoldingCost.PerHour.ShouldBe(perHour, tolerance: 1e-15);
    }

    [Fact]
    public void A_deprivation_cost_takes_a_b_per_time_and_a_limit()
    {
        // b = 1.2 per day is 0.05 per hour.
        var food = TestScenarios.Parse(Text("deprivation_cost: { a: 1.5, b: 1.2/d, limit: 5d }")).Commodities[0];

        food.DeprivationCost.A.ShouldBe(1.5);
        food.DeprivationCost.BPerHour.ShouldBe(0.05, tolerance: 1e-15);
        food.DeprivationCost.LimitHours.ShouldBe(120);
        TestScenarios.Parse(Text("deprivation_cost: { a: 1, b: 0.1/h }")).Commodities[0].DeprivationCost.LimitHours.ShouldBe(72);
    }

    [Fact]
    public void Prices_are_written_in_the_scenarios_currency()
    {
        var scenario = TestScenarios.Parse(Text("unit_cost: 0.3 EUR/ration", top: "currency: EUR"));

        scenario.Currency.Code.ShouldBe("EUR");
        scenario.Commodities[0].UnitCost.PerUnit.ShouldBe(0.3);
    }

    [Fact]
    public void A_price_in_another_currency_is_refused_with_the_units_accepted()
    {
        const string costs = "unit_cost: 0.3 EUR/ration";

        var error = Load(costs).Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCodes.WrongUnit);
        (error.Location.Line, error.Location.Column).ShouldBe((4, ColumnOf(costs, "0.3 EUR")));
        error.Message.ShouldContain("USD/ration, USD/kg, USD/t");
    }

    [Theory]
    [InlineData("unit_cost: 0.3", "0.3", DiagnosticCodes.MissingUnit)]
    [InlineData("unit_cost: -1 USD/ration", "-1 USD", DiagnosticCodes.NotPositive)]
    [InlineData("holding_cost: 0.2", "0.2", DiagnosticCodes.MissingUnit)]
    [InlineData("holding_cost: 0.2/month", "0.2/month", DiagnosticCodes.WrongUnit)]
    [InlineData("deprivation_cost: { a: 1, b: 0.1 }", "0.1", DiagnosticCodes.MissingUnit)]
    [InlineData("deprivation_cost: { a: x, b: 0.1/h }", "x, b", DiagnosticCodes.WrongType)]
    [InlineData("deprivation_cost: { a: 1, b: 0.1/h, limit: 0h }", "0h", DiagnosticCodes.NotPositive)]
    [InlineData("deprivation_cost: { a: 1, b: 0.1/h, limt: 3d }", "limt", DiagnosticCodes.UnknownKey)]
    [InlineData("deprivation_cost: 3", "3", DiagnosticCodes.WrongType)]
    public void A_bad_cost_value_gets_a_diagnostic_at_its_position(string costs, string at, string code)
    {
        var error = Load(costs).Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(code);
        (error.Location.Line, error.Location.Column).ShouldBe((4, ColumnOf(costs, at)));
    }

    [Fact]
    public void A_deprivation_cost_that_would_overflow_within_its_limit_is_refused_at_the_limit()
    {
        // a + b × limit = 1 + 1/h × 30 d × 24 = 721 > 700.
        const string costs = "deprivation_cost: { a: 1, b: 1/h, limit: 30d }";

        var error = Load(costs).Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCodes.OutOfRange);
        (error.Location.Line, error.Location.Column).ShouldBe((4, ColumnOf(costs, "30d")));
        error.Message.ShouldContain("721");
    }

    [Fact]
    public void A_currency_is_three_capital_letters()
    {
        var error = Load("name: Food", top: "currency: dollars").Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(DiagnosticCodes.WrongType);
        (error.Location.Line, error.Location.Column).ShouldBe((3, 11));
    }
}
