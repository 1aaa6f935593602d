using SimWorkbench.Quantities;

namespace SimWorkbench.Tests.Quantities;

public sealed class QuantityTextTests
{
    [Theory]
    [InlineData("6h", 6, "h")]
    [InlineData("2.5d", 2.5, "d")]
    [InlineData("30min", 30, "min")]
    [InlineData("20_000 L", 20000, "L")]
    [InlineData("15 L/person/d", 15, "L/person/d")]
    [InlineData("1.1e-5 kit/person/d", 0.000011, "kit/person/d")]
    [InlineData("-3 km", -3, "km")]
    [InlineData("42", 42, "")]
    public void Splits_a_written_quantity_into_number_and_unit(string text, double number, string unit)
    {
        QuantityText.TrySplit(text, out var n, out var u).ShouldBeTrue();
        n.ShouldBe(number, tolerance: 1e-12);
        u.ShouldBe(unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("km")]
    [InlineData("_1 km")]
    [InlineData("1e999 km")]
    public void Refuses_text_that_does_not_start_with_a_number(string text)
    {
        QuantityText.TrySplit(text, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_duration_is_written_in_its_largest_whole_unit()
    {
        new Duration(72).ToString().ShouldBe("3d");
        new Duration(336).ToString().ShouldBe("2w");
        new Duration(0.5).ToString().ShouldBe("30min");
    }

    [Fact]
    public void Negative_quantities_cannot_be_constructed()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Duration(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => new Fraction(1.5));
    }
}
