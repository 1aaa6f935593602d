using SimWorkbench.Drills;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.Tests.Drills;

public sealed class DrillLoaderTests : IDisposable
{
    private readonly DrillFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void A_valid_drill_loads_with_its_roles_injects_expectations_and_end()
    {
        var drill = files.LoadDrill();

        drill.End.Hours.ShouldBe(12);
        drill.Roles.ShouldHaveSingleItem().Id.ShouldBe("cell");
        drill.Injects.Select(i => i.Kind).ShouldBe([InjectKind.Message, InjectKind.Message, InjectKind.Hazard, InjectKind.DecisionPoint]);
        drill.Injects[1].At.ShouldBeNull();
        drill.Injects[1].IfMissed.ShouldBe("water-farm");
        drill.Injects[0].Expected[0].Amount.Units.ShouldBe(1000);

        // A hazard an inject forces is taken off the scenario's schedule: it strikes only when the inject fires.
        drill.PlayedScenario().Hazards.ShouldBeEmpty();
        drill.PlayedScenario().Horizon.Hours.ShouldBe(12);
    }

    [Fact]
    public void A_drill_file_with_errors_gets_every_error_with_its_line_and_column()
    {
        var path = files.WriteDrill("""
            name: Broken drill
            scenario: world.yaml
            strategy: centre
            end: 12h
            injects:
              - id: I1
                at: 20h
                kind: message
                text: Too late.
              - id: I2
                at: 1h
                kind: hazard
                text: No hazard named.
              - id: I3
                at: 1h
                kind: mesage
                text: Misspelt kind.
                expect:
                  - { id: e1, text: x, city: twon, commodity: water, amount: 10, within: 2h }
              - id: C1
                if_missed: nothing-like-it
                kind: message
                text: Contingency for an unknown expectation.
            """);

        var result = DrillLoader.Load(path);

        result.IsValid.ShouldBeFalse();
        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).ShouldBe(
        [
            (DiagnosticCodes.UnknownReference, 3, 11),   // strategy 'centre': did you mean 'central'?
            (DrillDiagnosticCodes.AfterDrillEnd, 7, 9),        // at 20h, after the 12h end
            (DiagnosticCodes.MissingKey, 10, 5),          // a hazard inject without 'hazard', at its mapping
            (DiagnosticCodes.UnknownOption, 16, 11),      // kind 'mesage'
            (DiagnosticCodes.UnknownReference, 19, 34),   // city 'twon'
            (DiagnosticCodes.MissingUnit, 19, 66),        // amount 10 without a unit
            (DiagnosticCodes.UnknownReference, 21, 16),   // if_missed names no expected action
        ]);
        result.Diagnostics[0].Message.ShouldContain("did you mean 'central'?");
        result.Diagnostics[0].Location.Path.ShouldBe(path);
    }

    [Fact]
    public void A_drill_whose_scenario_has_errors_reports_them_at_their_place_in_the_scenario()
    {
        files.Write("world.yaml", DrillFiles.Scenario.Replace("horizon: 2d", "horizon: 2 days", StringComparison.Ordinal));

        var result = DrillLoader.Load(files.WriteDrill());

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.WrongUnit);
        error.Location.Path.ShouldEndWith("world.yaml");
        error.Location.Line.ShouldBe(2);
    }

    [Fact]
    public void A_drill_whose_scenario_is_missing_gets_the_error_where_it_names_it()
    {
        var path = files.WriteDrill(DrillFiles.Drill.Replace("scenario: world.yaml", "scenario: nowhere.yaml", StringComparison.Ordinal));

        var error = DrillLoader.Load(path).Diagnostics.ShouldHaveSingleItem();

        // Line 2, "scenario: nowhere.yaml": the value starts in column 11.
        (error.Code, error.Location.Path, error.Location.Line, error.Location.Column).ShouldBe((DiagnosticCodes.UnreadableFile, path, 2, 11));
        error.Message.ShouldContain("nowhere.yaml");
    }

    [Fact]
    public void An_order_file_with_errors_gets_positioned_errors_and_no_orders()
    {
        var drill = files.LoadDrill();
        var path = files.Write("orders.yaml", """
            orders:
              - { at: 1h, kind: dispatch, from: reserv, to: town, commodity: water, amount: 10 L }
              - { at: 13h, kind: dispatch, from: reserve, to: town, commodity: water, amount: 10 L }
              - { at: 1h, kind: airlift, from: reserve, to: town, commodity: water, amount: 10 kg/h }
            """);

        var result = DrillLoader.LoadOrders(path, drill);

        result.Orders.ShouldBeNull();
        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).ShouldBe(
        [
            (DiagnosticCodes.UnknownReference, 2, 37),   // depot 'reserv': did you mean 'reserve'?
            (DrillDiagnosticCodes.AfterDrillEnd, 3, 11),      // 13h, after the 12h end
            (DiagnosticCodes.UnknownOption, 4, 21),      // kind 'airlift' is not an order kind
            (DiagnosticCodes.WrongUnit, 4, 81),          // an amount in kg/h
        ]);
        result.Diagnostics[0].Message.ShouldContain("did you mean 'reserve'?");
    }

    [Theory]
    [InlineData("metro-earthquake-72h")]
    [InlineData("river-flood")]
    public void The_example_drills_and_their_orders_load(string name)
    {
        var folder = Path.Combine(RepositoryFiles.Scenarios, "drills");
        var drill = DrillLoader.Load(Path.Combine(folder, name + ".yaml"));
        drill.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();

        var orders = DrillLoader.LoadOrders(Path.Combine(folder, name + ".orders.yaml"), drill.Drill.ShouldNotBeNull());

        orders.Diagnostics.ShouldBeEmpty();
        orders.Orders.ShouldNotBeNull().ShouldNotBeEmpty();
    }
}
