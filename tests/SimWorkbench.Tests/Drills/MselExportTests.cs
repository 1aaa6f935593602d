using SimWorkbench.Drills;

namespace SimWorkbench.Tests.Drills;

public sealed class MselExportTests : IDisposable
{
    private readonly DrillFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Each_inject_becomes_one_row_in_the_usual_msel_columns()
    {
        var drill = files.LoadDrill();

        var lines = MselExport.ToCsv(drill).Split('\n');

        lines[0].ShouldBe("Inject Number,Scenario Time,Synopsis,Type,Delivery Method,From,To,Expected Player Action,Objective,Time Limit,Evaluator Notes");
        lines[1].ShouldBe("I1,0h,Start.,message,,,cell,water-town: water reaches the town within 2 h [water ≥ 1000 L to town]; water-farm: water reaches the farm within 1 h [water ≥ 1000 L to farm],,2h; 1h,");
        lines[2].ShouldBe("C1,if missed: water-farm,The farm has had nothing.,message,,,cell,,,,");
        lines[3].ShouldBe("I2,2h,The lane floods.,hazard: lane-flood,,,,,,,");
        lines[4].ShouldBe("I3,4h,What now?,decision_point,,,,,,,");
        lines[5].ShouldBeEmpty();
        lines.Length.ShouldBe(6);
    }

    [Fact]
    public void Msel_fields_of_an_inject_are_read_and_quoted_when_they_hold_commas_or_quotes()
    {
        var path = files.WriteDrill(DrillFiles.Drill.Replace("    text: What now?", """
                text: What now?
                delivery: radio
                from: Mayor, "Town"
                objective: O2 decide under uncertainty
                notes: Watch for the ferry option.
            """, StringComparison.Ordinal));
        var drill = DrillLoader.Load(path).Drill.ShouldNotBeNull();

        var row = MselExport.ToCsv(drill).Split('\n')[4];

        row.ShouldBe("I3,4h,What now?,decision_point,radio,\"Mayor, \"\"Town\"\"\",,,O2 decide under uncertainty,,Watch for the ferry option.");
    }
}
