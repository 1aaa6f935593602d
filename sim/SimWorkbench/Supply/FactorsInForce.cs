namespace SimWorkbench.Supply;

/// <summary>
/// Rate factors that hazards put on things (depots' loading, deliveries into cities), each in
/// force from when it is added until its end; the least one in force per thing, 1 with none.
/// </summary>
/// <remarks>
/// Every trip asks for a factor, while factors are added only when a hazard strikes, so the least
/// factor per thing is kept in an array and worked out again only when a factor is added or the
/// earliest one lapses.
/// </remarks>
internal sealed class FactorsInForce
{
    private readonly List<(int Index, double Factor, double Until)> _factors = [];
    private readonly double[] _least;

    // The earliest end among the factors: until then none has lapsed and _least holds.
    private double _firstLapse = double.PositiveInfinity;

    /// <summary>Factors for <paramref name="count"/> things, none in force.</summary>
    public FactorsInForce(int count)
    {
        _least = new double[count];
        Array.Fill(_least, 1.0);
    }

    /// <summary>Puts a factor on thing <paramref name="index"/> from now until <paramref name="until"/>.</summary>
    /// <param name="index">The thing's index.</param>
    /// <param name="factor">The share of its normal rate, in (0, 1].</param>
    /// <param name="until">When the factor lapses, in hours (one already past is dropped at the next <see cref="Least"/>).</param>
    public void Add(int index, double factor, double until)
    {
        _factors.Add((index, factor, until));
        _least[index] = Math.Min(_least[index], factor);
        _firstLapse = Math.Min(_firstLapse, until);
    }

    /// <summary>The least factor in force on thing <paramref name="index"/> at <paramref name="now"/> (time only moves forward), 1 with none.</summary>
    public double Least(int index, double now)
    {
        if (now >= _firstLapse)
        {
            DropLapsed(now);
        }

        return _least[index];
    }

    private void DropLapsed(double now)
    {
        var kept = 0;
        _firstLapse = double.PositiveInfinity;
        Array.Fill(_least, 1.0);
        for (var i = 0; i < _factors.Count; i++)
        {
            var (index, factor, until) = _factors[i];
            if (now < until)
            {
                _factors[kept++] = _factors[i];
                _least[index] = Math.Min(_least[index], factor);
                _firstLapse = Math.Min(_firstLapse, until);
            }
        }

        _factors.RemoveRange(kept, _factors.Count - kept);
    }
}
