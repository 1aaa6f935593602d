using CsCheck;
using SimWorkbench.Metrics.Statistics;

namespace SimWorkbench.Tests.Metrics.Statistics;

public sealed class StudentTTests
{
    [Theory]
    [InlineData(1, 12.706)]
    [InlineData(2, 4.303)]
    [InlineData(5, 2.571)]
    [InlineData(30, 2.042)]
    [InlineData(double.PositiveInfinity, 1.960)]
    public void Matches_the_printed_table_at_97_5_percent(double degreesOfFreedom, double table)
    {
        StudentT.Quantile(0.975, degreesOfFreedom).ShouldBe(table, 1e-3);
    }

    [Theory]
    [InlineData(0.975)]
    [InlineData(0.9)]
    [InlineData(0.6)]
    [InlineData(0.9995)]
    public void Matches_the_closed_forms_for_one_and_two_degrees_of_freedom(double p)
    {
        // ν = 1 is the Cauchy distribution: t = tan(π (p − ½)). ν = 2: t = (2p − 1) / √(2 p (1 − p)).
        var cauchy = Math.Tan(Math.PI * (p - 0.5));
        var two = ((2 * p) - 1) / Math.Sqrt(2 * p * (1 - p));

        StudentT.Quantile(p, 1).ShouldBe(cauchy, cauchy * 1e-12);
        StudentT.Quantile(p, 2).ShouldBe(two, two * 1e-12);
    }

    [Fact]
    public void Matches_the_normal_quantile_at_infinity()
    {
        // z_0.975 = 1.959963984540054 and z_0.995 = 2.5758293035489004 (tables of the normal distribution).
        StudentT.Quantile(0.975, double.PositiveInfinity).ShouldBe(1.959963984540054, 1e-15);
        StudentT.Quantile(0.995, double.PositiveInfinity).ShouldBe(2.5758293035489004, 1e-15);
        StudentT.Quantile(1e-10, double.PositiveInfinity).ShouldBe(-6.361340902404056, 1e-13);
    }

    [Fact]
    public void Approaches_the_normal_as_degrees_of_freedom_grow_as_Cornish_and_Fisher_predict()
    {
        // t ≈ z + (z³ + z) / (4ν) + (5z⁵ + 16z³ + 3z) / (96ν²) (Abramowitz and Stegun 26.7.5); the next term is O(ν⁻³).
        const double z = 1.959963984540054;
        const double nu = 10_000;
        var expansion = z + ((Math.Pow(z, 3) + z) / (4 * nu)) + (((5 * Math.Pow(z, 5)) + (16 * Math.Pow(z, 3)) + (3 * z)) / (96 * nu * nu));

        StudentT.Quantile(0.975, nu).ShouldBe(expansion, 1e-11);
    }

    [Theory]
    [InlineData(1e6)]
    [InlineData(1e9)]
    public void Stays_between_the_normal_and_its_first_correction_for_very_many_degrees_of_freedom(double nu)
    {
        // z < t < z + (z³ + z) / (4ν) to first order; the second-order term is below 1e-10 here.
        const double z = 1.959963984540054;
        var firstOrder = z + ((Math.Pow(z, 3) + z) / (4 * nu));

        StudentT.Quantile(0.975, nu).ShouldBe(firstOrder, 1e-9);
    }

    [Theory]
    [InlineData(9_999.999)]
    [InlineData(20_000)]
    public void Agrees_with_the_fourth_order_Cornish_Fisher_series_on_both_sides_of_the_hand_over(double nu)
    {
        // Below 10⁴ degrees of freedom the quantile inverts the distribution function; from 10⁴ on it is the
        // series itself. Abramowitz and Stegun 26.7.5: t = z + g1/ν + g2/ν² + g3/ν³ + g4/ν⁴ + O(ν⁻⁵), the
        // remainder about 1e-20 here.
        foreach (var p in new[] { 0.9, 0.975, 0.9999 })
        {
            var z = StudentT.Quantile(p, double.PositiveInfinity);
            var g1 = (Math.Pow(z, 3) + z) / 4;
            var g2 = ((5 * Math.Pow(z, 5)) + (16 * Math.Pow(z, 3)) + (3 * z)) / 96;
            var g3 = ((3 * Math.Pow(z, 7)) + (19 * Math.Pow(z, 5)) + (17 * Math.Pow(z, 3)) - (15 * z)) / 384;
            var g4 = ((79 * Math.Pow(z, 9)) + (776 * Math.Pow(z, 7)) + (1482 * Math.Pow(z, 5)) - (1920 * Math.Pow(z, 3)) - (945 * z)) / 92160;
            var series = z + (g1 / nu) + (g2 / Math.Pow(nu, 2)) + (g3 / Math.Pow(nu, 3)) + (g4 / Math.Pow(nu, 4));

            StudentT.Quantile(p, nu).ShouldBe(series, 1e-11); // Newton loses a few digits to ln B(ν/2, ½) near 10⁴
        }
    }

    [Fact]
    public void Distribution_function_of_one_degree_of_freedom_is_the_Cauchy()
    {
        foreach (var t in new[] { -50.0, -3, -0.2, 0, 0.7, 4, 1e3 })
        {
            StudentT.Cdf(t, 1).ShouldBe(0.5 + (Math.Atan(t) / Math.PI), 1e-14);
        }
    }

    [Fact]
    public void Is_zero_at_one_half_and_odd_around_it()
    {
        StudentT.Quantile(0.5, 7).ShouldBe(0);
        StudentT.Quantile(0.025, 7).ShouldBe(-StudentT.Quantile(0.975, 7), 1e-13); // 1 − 0.975 is not exactly 0.025
    }

    [Fact]
    public void Quantile_inverts_the_distribution_function()
    {
        Gen.Select(Gen.Double[0.001, 0.999], Gen.Double[0.5, 500]).Sample((p, nu) =>
            StudentT.Cdf(StudentT.Quantile(p, nu), nu).ShouldBe(p, 1e-12));
    }

    [Fact]
    public void Rejects_probabilities_outside_zero_to_one_and_non_positive_degrees_of_freedom()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => StudentT.Quantile(1, 3));
        Should.Throw<ArgumentOutOfRangeException>(() => StudentT.Quantile(0, 3));
        Should.Throw<ArgumentOutOfRangeException>(() => StudentT.Quantile(0.9, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => StudentT.Cdf(1, double.PositiveInfinity));
    }
}
