using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Tests.Scenarios.Reading;

public sealed class FleetReaderTests
{
    // Line 7 is the fleet; COST is replaced.
    private const string Template = """
        name: Fleet cost
        horizon: 2d
        currency: CUR
        commodities: [{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }]
        cities: [{ id: town, location: { lat: 10.0, lon: 20.0 }, population: 1000 }]
        depots: [{ id: local-town, tier: local, city: town, loading: 10 t/h, capacity: { water: 5000 L } }]
        fleets: [{ id: vans, depot: local-town, mode: road, vehicles: 1, payload: 1 t, speed: 40 km/h COST }]
        strategies: [{ id: local, kind: distributed, stock: { local-town: { water: 5000 L } } }]
        """;

    private static string Text(string cost, string currency = "USD") =>
        Template.Replace("CUR", currency, StringComparison.Ordinal).Replace("COST", cost, StringComparison.Ordinal);

    [Fact]
    public void A_fleet_without_a_cost_per_km_drives_for_free()
    {
        TestScenarios.Parse(Text(string.Empty)).Network.Fleets[0].CostPerKm.PerKilometre.ShouldBe(0);
    }

    [Fact]
    public void A_cost_per_km_is_written_in_the_scenarios_currency()
    {
        TestScenarios.Parse(Text(", cost_per_km: 1.8 USD/km")).Network.Fleets[0].CostPerKm.PerKilometre.ShouldBe(1.8);
        TestScenarios.Parse(Text(", cost_per_km: 150 INR/km", "INR")).Network.Fleets[0].CostPerKm.PerKilometre.ShouldBe(150);
    }

    [Theory]
    [InlineData(", cost_per_km: 1.8 EUR/km", "1.8 EUR", DiagnosticCodes.WrongUnit)]
    [InlineData(", cost_per_km: 1.8", "1.8", DiagnosticCodes.MissingUnit)]
    public void A_bad_cost_per_km_gets_a_diagnostic_at_its_position(string cost, string at, string code)
    {
        var text = Text(cost);

        var error = ScenarioLoader.Parse(text, "fleet.yaml").Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(code);
        (error.Location.Line, error.Location.Column).ShouldBe((7, text.Split('\n')[6].IndexOf(at, StringComparison.Ordinal) + 1));
    }
}
