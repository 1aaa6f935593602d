namespace SimWorkbench.Supply;

/// <summary>
/// What hazards have done to the depots' loading: damage takes a share of a depot's throughput
/// until its repair time has passed; a hazard's loading factor holds depots in its footprint at
/// that share for the hazard's duration. The rate is the depot's throughput × (1 − the loss of its
/// latest unrepaired damage) × the least loading factor in force.
/// </summary>
internal sealed class DepotConditions
{
    private readonly double[] _damageFactor;
    private readonly double[] _repairedAt;
    private readonly List<(int Depot, double Factor, double Until)> _loading = [];

    // The earliest end of a loading factor in the list: until then none has lapsed.
    private double _firstLapse = double.PositiveInfinity;

    public DepotConditions(int depots)
    {
        _damageFactor = new double[depots];
        _repairedAt = new double[depots];
        Array.Fill(_damageFactor, 1.0);
        Array.Fill(_repairedAt, double.NegativeInfinity);
    }

    /// <summary>Damage: the depot loads at 1 − <paramref name="throughputLoss"/> of its rate until <paramref name="until"/>.</summary>
    public void Damage(int depot, double throughputLoss, double until)
    {
        _damageFactor[depot] = 1 - throughputLoss;
        _repairedAt[depot] = Math.Max(_repairedAt[depot], until);
    }

    /// <summary>When a depot's latest damage is repaired, in hours from the start (−∞ if never damaged).</summary>
    public double RepairedAt(int depot) => _repairedAt[depot];

    /// <summary>A hazard's loading factor on a depot until <paramref name="until"/>.</summary>
    public void SlowLoading(int depot, double factor, double until)
    {
        _loading.Add((depot, factor, until));
        _firstLapse = Math.Min(_firstLapse, until);
    }

    /// <summary>The share of its throughput a depot loads at now, in (0, 1].</summary>
    public double LoadingFactor(int depot, double now)
    {
        var factor = now < _repairedAt[depot] ? _damageFactor[depot] : 1.0;
        if (now >= _firstLapse)
        {
            DropLapsed(now);
        }

        var least = 1.0;
        foreach (var (d, f, until) in _loading)
        {
            if (d == depot && now < until)
            {
                least = Math.Min(least, f);
            }
        }

        return factor * least;
    }

    /// <summary>Drops the loading factors no longer in force (time only moves forward), keeping the others in order.</summary>
    private void DropLapsed(double now)
    {
        var kept = 0;
        _firstLapse = double.PositiveInfinity;
        for (var i = 0; i < _loading.Count; i++)
        {
            if (now < _loading[i].Until)
            {
                _loading[kept++] = _loading[i];
                _firstLapse = Math.Min(_firstLapse, _loading[i].Until);
            }
        }

        _loading.RemoveRange(kept, _loading.Count - kept);
    }
}
