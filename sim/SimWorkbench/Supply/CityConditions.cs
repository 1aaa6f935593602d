using SimWorkbench.Network;

namespace SimWorkbench.Supply;

/// <summary>
/// What hazards have done to the cities so far, and so their need now: who lives there
/// (displacement), whether they depend on emergency supply (utilities failed), raised need
/// (demand surges) and slowed deliveries (distribution factor).
/// </summary>
/// <remarks>
/// A city's need for a commodity, per hour, is population × need per person per day / 24 ×
/// the largest surge multiplier in force for it (1 with none), counted while the city depends on
/// emergency supply, or, for that commodity alone, while a surge of it is in force (an outbreak
/// needs medical kits from the reserve even where the taps still run); otherwise 0. A city depends
/// from the moment a hazard damages its utilities (a <c>city</c> fragility curve) until its
/// recovery time after the latest such damage. In a scenario where no hazard or cascade can damage
/// cities' utilities (no <c>city</c> curve anywhere), every city depends from the start: the
/// scenario describes people already cut off from their usual supply.
/// </remarks>
internal sealed class CityConditions
{
    private readonly double[] _baseNeedPerPersonHour;
    private readonly double[] _dependentUntil;
    private readonly double[] _surgeMultiplier;
    private readonly List<(int City, int Commodity, double Multiplier, double Until)> _surges = [];
    private readonly FactorsInForce _distribution;
    private readonly int _commodities;

    // The earliest end of a surge in force (until then none lapses), and whether the surges
    // changed since _surgeMultiplier was worked out: need is asked for every hour.
    private double _firstSurgeLapse = double.PositiveInfinity;
    private bool _surgesChanged = true;

    public CityConditions(City[] cities, Commodities.Commodity[] commodities, bool dependentFromStart)
    {
        _commodities = commodities.Length;
        Population = new double[cities.Length];
        _dependentUntil = new double[cities.Length];
        _baseNeedPerPersonHour = new double[cities.Length * _commodities];
        _surgeMultiplier = new double[cities.Length * _commodities];
        _distribution = new FactorsInForce(cities.Length);
        for (var i = 0; i < cities.Length; i++)
        {
            Population[i] = cities[i].Population;
            _dependentUntil[i] = dependentFromStart ? double.PositiveInfinity : double.NegativeInfinity;
            for (var c = 0; c < _commodities; c++)
            {
                _baseNeedPerPersonHour[(i * _commodities) + c] = cities[i].Need[commodities[c].Id].UnitsPerPersonPerDay / 24;
            }
        }
    }

    /// <summary>People in each city now, displaced people counted where they are.</summary>
    public double[] Population { get; }

    /// <summary>Whether a city's people depend on emergency supply at a time.</summary>
    public bool Dependent(int city, double now) => now < _dependentUntil[city];

    /// <summary>Utilities failed: the city depends on emergency supply until <paramref name="until"/> (or later, if it already did).</summary>
    public void FailUtilities(int city, double until) => _dependentUntil[city] = Math.Max(_dependentUntil[city], until);

    /// <summary>Need for a commodity in a city is multiplied by <paramref name="multiplier"/> until <paramref name="until"/>.</summary>
    public void Surge(int city, int commodity, double multiplier, double until)
    {
        _surges.Add((city, commodity, multiplier, until));
        _firstSurgeLapse = Math.Min(_firstSurgeLapse, until);
        _surgesChanged = true;
    }

    /// <summary>Deliveries into a city go at <paramref name="factor"/> of their normal rate until <paramref name="until"/>.</summary>
    public void SlowDistribution(int city, double factor, double until) => _distribution.Add(city, factor, until);

    /// <summary>The share of the normal rate deliveries into a city go at now: the least factor in force, 1 with none.</summary>
    public double DistributionFactor(int city, double now) => _distribution.Least(city, now);

    /// <summary>Writes every city's need per hour now (city-major, commodity-minor) into <paramref name="needPerHour"/>.</summary>
    public void NeedPerHour(double now, double[] needPerHour)
    {
        if (now >= _firstSurgeLapse)
        {
            DropLapsedSurges(now);
        }

        if (_surgesChanged)
        {
            // The largest multiplier in force per city and commodity, in one pass over the surges
            // (0 where none is): a max, so the order of the surges does not matter.
            Array.Clear(_surgeMultiplier);
            foreach (var s in _surges)
            {
                var at = (s.City * _commodities) + s.Commodity;
                _surgeMultiplier[at] = Math.Max(_surgeMultiplier[at], s.Multiplier);
            }

            _surgesChanged = false;
        }

        for (var i = 0; i < Population.Length; i++)
        {
            var dependent = Dependent(i, now);
            for (var c = 0; c < _commodities; c++)
            {
                var at = (i * _commodities) + c;
                var multiplier = _surgeMultiplier[at];
                var counts = dependent || multiplier > 0;
                needPerHour[at] = counts ? Population[i] * _baseNeedPerPersonHour[at] * (multiplier > 0 ? multiplier : 1) : 0;
            }
        }
    }

    /// <summary>Drops the surges that have lapsed by <paramref name="now"/>, keeping the others in order.</summary>
    private void DropLapsedSurges(double now)
    {
        var kept = 0;
        _firstSurgeLapse = double.PositiveInfinity;
        for (var i = 0; i < _surges.Count; i++)
        {
            if (now < _surges[i].Until)
            {
                _firstSurgeLapse = Math.Min(_firstSurgeLapse, _surges[i].Until);
                _surges[kept++] = _surges[i];
            }
        }

        _surges.RemoveRange(kept, _surges.Count - kept);
        _surgesChanged = true;
    }
}
