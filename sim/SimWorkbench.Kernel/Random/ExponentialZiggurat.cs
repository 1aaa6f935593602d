namespace SimWorkbench.Kernel;

/// <summary>
/// Tables for drawing Exponential(1) by the ziggurat method (Marsaglia and Tsang, 2000, with
/// Doornik's 2005 use of one uniform per layer test): 256 layers of equal area under e^-x, so that
/// about 99% of draws cost one random word, a table read and a multiplication, and the rest fall
/// back to an exact test against the density. The layers are computed at start-up with
/// <see cref="PortableMath"/>, so they are identical on every machine.
/// </summary>
internal static class ExponentialZiggurat
{
    /// <summary>Where the tail begins: the right edge of the base layer (Marsaglia and Tsang, n = 256).</summary>
    public const double TailStart = 7.69711747013104972;

    /// <summary>The area of each layer, the base layer's rectangle plus its tail (ibid.).</summary>
    private const double LayerArea = 3.949659822581572e-3;

    /// <summary>Layer edges: X[0] is the base layer's equivalent width, X[1] = r, falling to X[256] = 0.</summary>
    public static readonly double[] X = BuildEdges();

    /// <summary>The density e^-x at each edge.</summary>
    public static readonly double[] F = BuildDensities(X);

    private static double[] BuildEdges()
    {
        var x = new double[257];
        x[0] = LayerArea * PortableMath.Exp(TailStart);
        x[1] = TailStart;
        for (var i = 1; i < 255; i++)
        {
            // Each layer has area v: x[i] * (f(x[i+1]) - f(x[i])) = v, so x[i+1] = -ln(v / x[i] + f(x[i])).
            x[i + 1] = -PortableMath.Log((LayerArea / x[i]) + PortableMath.Exp(-x[i]));
        }

        x[255] = Math.Max(x[255], 0);
        x[256] = 0;
        return x;
    }

    private static double[] BuildDensities(double[] x)
    {
        var f = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            f[i] = PortableMath.Exp(-x[i]);
        }

        return f;
    }
}
