using SimWorkbench.Hazards;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Tests.Hazards;

public sealed class FragilityCurveTests
{
    private static readonly FragilityCurve Bridge = new(ElementKind.Bridge, Median: 0.6, Beta: 0.6, LinkDamage.Closed, 1, Fraction.None, Fraction.None);

    [Fact]
    public void Half_the_elements_fail_at_the_median()
    {
        Bridge.ProbabilityOfDamage(0.6).ShouldBe(0.5, tolerance: 1e-7);
    }

    [Fact]
    public void One_beta_above_the_median_is_one_standard_deviation()
    {
        // ln(I / median) / beta = 1 when I = median * e^beta; Phi(1) = 0.8413447460685429.
        Bridge.ProbabilityOfDamage(0.6 * Math.Exp(0.6)).ShouldBe(0.8413447460685429, tolerance: 1e-6);
        Bridge.ProbabilityOfDamage(0.6 * Math.Exp(-0.6)).ShouldBe(1 - 0.8413447460685429, tolerance: 1e-6);
    }

    [Fact]
    public void No_intensity_does_no_damage()
    {
        Bridge.ProbabilityOfDamage(0).ShouldBe(0);
    }

    [Fact]
    public void Intensity_decays_with_distance_and_stops_at_the_radius()
    {
        var footprint = new EpicentreFootprint(new GeoPoint(0, 0), new Distance(100), new Distance(25));

        footprint.IntensityAt(0.9, new Distance(25)).ShouldBe(0.9 / Math.E, tolerance: 1e-12);
        footprint.IntensityAt(0.9, new Distance(101)).ShouldBe(0);
    }

    [Fact]
    public void One_degree_of_latitude_is_a_360th_of_a_great_circle()
    {
        var expected = 2 * Math.PI * 6371.0088 / 360;

        new GeoPoint(10, 20).DistanceTo(new GeoPoint(11, 20)).Kilometres.ShouldBe(expected, tolerance: 1e-9);
    }
}
