using SimWorkbench.Sweeps;

namespace SimWorkbench.Tests.Sweeps;

/// <summary>How a parameter's values are stored: numbers in a unit its column names, or text.</summary>
public sealed class SweepParameterTests
{
    [Fact]
    public void Plain_numbers_are_numbers_under_the_path_alone()
    {
        var parameter = new SweepParameter("fleets.trucks.vehicles", ["4", "10"], null);

        parameter.Unit.ShouldBe(string.Empty);
        parameter.ColumnName.ShouldBe("fleets.trucks.vehicles");
        parameter.NumberOf("10").ShouldBe(10);
    }

    [Fact]
    public void A_distributions_unit_names_the_column_and_its_values_are_numbers_in_it()
    {
        var parameter = new SweepParameter("hazards.flood.warning", null, new SweepDistribution(DistributionKind.Uniform, 6, 96, "h"));

        parameter.ColumnName.ShouldBe("hazards.flood.warning [h]");
        parameter.NumberOf("36.8 h").ShouldBe(36.8);
    }

    [Fact]
    public void Listed_values_in_units_of_one_quantity_are_converted_to_the_first_values_unit()
    {
        var parameter = new SweepParameter("links.road.repair_time", ["12 h", "2d", "90 min"], null);

        // 2 d = 48 h; 90 min = 1.5 h.
        parameter.ColumnName.ShouldBe("links.road.repair_time [h]");
        new[] { "12 h", "2d", "90 min" }.Select(v => parameter.NumberOf(v)).ShouldBe([12.0, 48.0, 1.5]);
    }

    [Theory]
    [InlineData("proportional", "first_come")]   // words
    [InlineData("20 km", "3 h")]                  // a distance and a duration
    [InlineData("500 L", "2 kit")]                // amounts of different commodities
    [InlineData("6 h", "12")]                     // a unit beside a bare number
    public void Values_that_are_not_numbers_of_one_quantity_are_categorical_text(string first, string second)
    {
        var parameter = new SweepParameter("strategies.hybrid.x", [first, second], null);

        parameter.Unit.ShouldBeNull();
        parameter.IsNumeric.ShouldBeFalse();
        parameter.ColumnName.ShouldBe("strategies.hybrid.x");
        parameter.NumberOf(first).ShouldBeNull();
    }
}
