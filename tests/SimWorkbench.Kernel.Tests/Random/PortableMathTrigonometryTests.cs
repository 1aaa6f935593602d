namespace SimWorkbench.Kernel.Tests;

/// <summary>
/// PortableMath's sine, cosine and arcsine against the platform's. Tolerances: where the result is
/// of order one, 2 ulps (4 for the arcsine, see below); around the sine's zeros, where ulps shrink without bound, an absolute
/// 4e-16 (twice the rounding of the reduced argument, whose error is about 1.1e-16).
/// </summary>
public sealed class PortableMathTrigonometryTests
{
    [Fact]
    public void Sin_and_Cos_agree_with_Math_over_several_turns()
    {
        var stream = new RandomStream(11, "trig");
        for (var i = 0; i < 20_000; i++)
        {
            var x = stream.Uniform(-4 * Math.PI, 4 * Math.PI);
            Math.Abs(PortableMath.Sin(x) - Math.Sin(x)).ShouldBeLessThanOrEqualTo(4e-16, $"sin {x:R}");
            Math.Abs(PortableMath.Cos(x) - Math.Cos(x)).ShouldBeLessThanOrEqualTo(4e-16, $"cos {x:R}");
        }
    }

    [Fact]
    public void Sin_and_Cos_agree_with_Math_within_two_ulps_without_reduction()
    {
        var stream = new RandomStream(12, "trig");
        for (var i = 0; i < 20_000; i++)
        {
            var x = stream.Uniform(-Math.PI / 4, Math.PI / 4);
            Ulps(PortableMath.Sin(x), Math.Sin(x)).ShouldBeLessThanOrEqualTo(2, $"sin {x:R}");
            Ulps(PortableMath.Cos(x), Math.Cos(x)).ShouldBeLessThanOrEqualTo(2, $"cos {x:R}");
        }
    }

    [Fact]
    public void Sin_and_Cos_keep_their_identities()
    {
        PortableMath.Sin(0).ShouldBe(0);
        PortableMath.Cos(0).ShouldBe(1);
        PortableMath.Sin(Math.PI / 2).ShouldBe(1, 1e-16);
        PortableMath.Cos(Math.PI).ShouldBe(-1, 1e-16);
        double.IsNaN(PortableMath.Sin(double.PositiveInfinity)).ShouldBeTrue();
        var stream = new RandomStream(13, "trig");
        for (var i = 0; i < 1_000; i++)
        {
            var x = stream.Uniform(-10, 10);
            var s = PortableMath.Sin(x);
            var c = PortableMath.Cos(x);
            ((s * s) + (c * c)).ShouldBe(1, 4e-16);
            PortableMath.Sin(-x).ShouldBe(-s);
        }
    }

    [Fact]
    public void Asin_agrees_with_Math_within_four_ulps_on_its_whole_domain()
    {
        var stream = new RandomStream(14, "trig");
        for (var i = 0; i < 20_000; i++)
        {
            var x = stream.Uniform(-1, 1);
            // The reflection (π/2 − 2 asin s) rounds in its square root and its subtraction: up to 4 ulps.
            Ulps(PortableMath.Asin(x), Math.Asin(x)).ShouldBeLessThanOrEqualTo(4, $"asin {x:R}");
        }
    }

    [Fact]
    public void Asin_follows_the_conventions_at_its_edges()
    {
        PortableMath.Asin(1).ShouldBe(Math.PI / 2, 1e-15);
        PortableMath.Asin(-1).ShouldBe(-Math.PI / 2, 1e-15);
        PortableMath.Asin(0).ShouldBe(0);
        double.IsNaN(PortableMath.Asin(1.0000001)).ShouldBeTrue();
        double.IsNaN(PortableMath.Asin(double.NaN)).ShouldBeTrue();
    }

    private static long Ulps(double a, double b) =>
        a == b ? 0 : Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));
}
