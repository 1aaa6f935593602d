using SimWorkbench.Drills;

namespace SimWorkbench.Tests.Drills;

public sealed class MselImportTests : IDisposable
{
    private const string Header = "Inject Number,Scenario Time,Synopsis,Type,Delivery Method,From,To,Expected Player Action,Objective,Time Limit,Evaluator Notes\n";

    private readonly DrillFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Exporting_then_importing_gives_the_same_injects()
    {
        var path = files.WriteDrill(DrillFiles.Drill.Replace("    text: What now?", """
                text: What now?
                delivery: radio
                from: Mayor, "Town"
                objective: O2 decide under uncertainty
                notes: Watch for the ferry option.
            """, StringComparison.Ordinal));
        var drill = DrillLoader.Load(path).Drill.ShouldNotBeNull();
        var csv = files.Write("msel.csv", MselExport.ToCsv(drill));

        var read = MselImport.Read(csv, drill);

        read.Diagnostics.ShouldBeEmpty();
        Shape(read.Injects.ShouldNotBeNull()).ShouldBe(Shape(drill.Injects));
    }

    [Fact]
    public void Data_updates_that_change_the_world_survive_the_round_trip()
    {
        var path = files.WriteDrill(DrillFiles.Drill + "\n" + """
              - { id: U1, at: 1h, kind: data_update, text: Casualties, update: { kind: surge, city: town, commodity: water, multiplier: 2.5, for: 1d } }
              - { id: U2, at: 2h, kind: data_update, text: Evacuees, update: { kind: displacement, from: farm, to: town, people: 300 } }
              - { id: U3, at: 3h, kind: data_update, text: Lane slow, update: { kind: link, link: lane, state: degraded, slowdown: 3 } }
              - { id: U4, at: 4h, kind: data_update, text: Forklifts, update: { kind: depot, depot: reserve, loading: 0.25, for: 6h } }
            """);
        var drill = DrillLoader.Load(path).Drill.ShouldNotBeNull();
        var csv = files.Write("msel.csv", MselExport.ToCsv(drill));

        var result = MselImport.Into(csv, path, Path.Combine(files.Folder, "again.yaml"));

        result.Diagnostics.ShouldBeEmpty();
        File.ReadAllText(csv).ShouldContain(",data_update: surge town water x2.5 for 24h,");
        Shape(DrillLoader.Load(result.Written!).Drill!.Injects).ShouldBe(Shape(drill.Injects));
    }

    [Fact]
    public void Importing_into_a_drill_replaces_its_injects_and_keeps_the_rest_of_the_file()
    {
        var drill = files.LoadDrill();
        var csv = files.Write("msel.csv", Header
            + "X1,1d 2h,Ferry report,sitrep,radio,Harbour master,cell,\"Water to the farm [water ≥ 2 t to farm]\",,6h,\n"
            + "X2,06:30,Decide,decision,,,,,,,\n"
            + "X3,90min,The lane floods,hazard: lane-flood,,,,,,,\n");
        var target = Path.Combine(files.Folder, "imported.yaml");

        var result = MselImport.Into(csv, files.WriteDrill(DrillFiles.Drill.Replace("end: 12h", "end: 2d", StringComparison.Ordinal)), target);

        result.Diagnostics.ShouldBeEmpty();
        result.Written.ShouldBe(target);
        var imported = DrillLoader.Load(target).Drill.ShouldNotBeNull();
        imported.Name.ShouldBe(drill.Name);
        imported.Roles.ShouldBe(drill.Roles);

        // 1d 2h = 24 + 2 = 26 h; 06:30 = 6.5 h; 90 min = 1.5 h.
        imported.Injects.Select(i => (i.Id, i.At!.Value.Hours, i.Kind)).ShouldBe([("X1", 26.0, InjectKind.DataUpdate), ("X2", 6.5, InjectKind.DecisionPoint), ("X3", 1.5, InjectKind.Hazard)]);
        var action = imported.Injects[0].Expected.ShouldHaveSingleItem();
        (action.Id, action.Text, action.City.Value, action.Commodity.Value, action.Amount.Units, action.Within.Hours).ShouldBe(("X1-1", "Water to the farm", "farm", "water", 2000.0, 6.0));
        imported.Injects[0].From.ShouldBe("Harbour master");
        imported.Injects[2].Hazard!.Value.Value.ShouldBe("lane-flood");
        File.ReadAllText(target).ShouldStartWith("name: Test drill\nscenario: world.yaml\n");
    }

    [Fact]
    public void Bad_cells_are_reported_by_row_and_column_and_nothing_is_written()
    {
        var drillPath = files.WriteDrill();
        var before = File.ReadAllText(drillPath);
        var csv = files.Write("msel.csv", Header
            + "A1,soon,Text,message,,,cell,,,,\n"
            + "A2,1h,,gossip,,,nobody,,,,\n"
            + "A3,1h,Text,hazard: quake,,,,\"Water [water ≥ 2 t to mars]\",,1h,\n"
            + "A3,if missed: nothing,Text,message,,,,\"Water [water ≥ 2 t to farm]\",,,\n"
            + "A5,13h,Text,message,,,,,,,\n");

        var result = MselImport.Into(csv, drillPath);

        result.Written.ShouldBeNull();
        File.ReadAllText(drillPath).ShouldBe(before);

        // (line, column): the header is line 1, so the rows are lines 2 to 6; columns count from 1 (Inject Number).
        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).ShouldBe(
        [
            ("SW0616", 2, 2),
            ("SW0616", 3, 3),
            ("SW0616", 3, 4),
            ("SW0617", 3, 7),
            ("SW0617", 4, 4),
            ("SW0617", 4, 8),
            ("SW0618", 5, 1),
            ("SW0617", 5, 2),
            ("SW0618", 5, 10),
            ("SW0610", 6, 2),
        ]);
        result.Diagnostics[0].ToString().ShouldStartWith($"{csv}(2,2): error SW0616: Scenario Time: Scenario Time 'soon' is not a time");
        result.Diagnostics[5].Message.ShouldContain("'mars' is not one of the scenario's cities");
    }

    [Fact]
    public void A_header_without_the_usual_columns_is_refused()
    {
        var drill = files.LoadDrill();
        var csv = files.Write("msel.csv", "Inject Number,Time,Synopsis\nI1,1h,Hello\n");

        var result = MselImport.Read(csv, drill);

        result.Injects.ShouldBeNull();
        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).ShouldBe([("SW0615", 1, 1), ("SW0615", 1, 2)]);
        result.Diagnostics[0].Message.ShouldContain("lacks the columns Scenario Time, Type");
    }

    private static List<string> Shape(IEnumerable<Inject> injects) =>
    [
        .. injects.Select(i => string.Join("|", i.Id, i.At?.Hours, i.Kind, i.To, i.Text, i.Hazard, i.IfMissed, i.Delivery, i.From, i.Objective, i.Notes, i.Update,
            string.Join(";", i.Expected.Select(e => $"{e.Id},{e.Text},{e.City},{e.Commodity},{e.Amount.Units},{e.Within.Hours}")))),
    ];
}
