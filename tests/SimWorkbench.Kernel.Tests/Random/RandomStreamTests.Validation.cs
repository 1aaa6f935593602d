namespace SimWorkbench.Kernel.Tests;

/// <summary>Argument checks of <see cref="RandomStream"/>: a programmer's mistake throws at once, naming the argument.</summary>
public sealed partial class RandomStreamTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void NextInt_rejects_a_count_that_is_not_positive(int count) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Stream().NextInt(count)).ParamName.ShouldBe("count");

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.0, double.NaN)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 0.0)]
    public void Uniform_rejects_bounds_that_are_reversed_or_not_finite(double min, double max) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Stream().Uniform(min, max)).ParamName.ShouldBe("max");

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Exponential_rejects_a_mean_that_is_not_positive_and_finite(double mean) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Stream().Exponential(mean)).ParamName.ShouldBe("mean");

    [Theory]
    [InlineData(-1e-9)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Normal_rejects_a_standard_deviation_that_is_negative_or_not_finite(double standardDeviation) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Stream().Normal(0, standardDeviation)).ParamName.ShouldBe("standardDeviation");

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LogNormal_rejects_a_median_that_is_not_positive_and_finite(double median) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Stream().LogNormal(median, 0.5)).ParamName.ShouldBe("median");

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LogNormal_rejects_a_beta_that_is_negative_or_not_finite(double beta) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Stream().LogNormal(1, beta)).ParamName.ShouldBe("beta");

    [Theory]
    [InlineData(0.0, -1.0, 1.0)]
    [InlineData(0.0, 2.0, 1.0)]
    [InlineData(1.0, 0.5, 0.0)]
    [InlineData(0.0, double.NaN, 1.0)]
    [InlineData(double.NegativeInfinity, 0.0, 1.0)]
    [InlineData(0.0, 1.0, double.PositiveInfinity)]
    public void Triangular_rejects_a_mode_outside_finite_bounds(double min, double mode, double max) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Stream().Triangular(min, mode, max)).ParamName.ShouldBe("mode");

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Poisson_rejects_a_mean_that_is_negative_or_not_finite(double mean) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Stream().Poisson(mean)).ParamName.ShouldBe("mean");

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Bernoulli_rejects_a_probability_outside_the_unit_interval(double probability) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Stream().Bernoulli(probability)).ParamName.ShouldBe("probability");

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Choose_rejects_a_weight_that_is_negative_or_not_finite(double bad) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Stream().Choose([1.0, bad, 2.0])).ParamName.ShouldBe("weights");

    [Fact]
    public void Choose_rejects_weights_that_are_all_zero_or_absent()
    {
        Should.Throw<ArgumentException>(() => Stream().Choose([0.0, 0.0])).ParamName.ShouldBe("weights");
        Should.Throw<ArgumentException>(() => Stream().Choose([])).ParamName.ShouldBe("weights");
    }

    [Fact]
    public void Choose_of_items_rejects_a_weight_count_that_differs_from_the_item_count() =>
        Should.Throw<ArgumentException>(() => Stream().Choose(["a", "b"], [1.0])).ParamName.ShouldBe("weights");

    [Fact]
    public void A_stream_needs_a_name()
    {
        Should.Throw<ArgumentNullException>(() => new RandomStream(1, null!)).ParamName.ShouldBe("name");
        Should.Throw<ArgumentNullException>(() => new Simulation(1).Random(null!)).ParamName.ShouldBe("name");
    }
}
