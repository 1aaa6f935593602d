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
    private readonly FactorsInForce _loading;

    public DepotConditions(int depots)
    {
        _damageFactor = new double[depots];
        _repairedAt = new double[depots];
        _loading = new FactorsInForce(depots);
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
    public void SlowLoading(int depot, double factor, double until) => _loading.Add(depot, factor, until);

    /// <summary>The share of its throughput a depot loads at now, in (0, 1].</summary>
    public double LoadingFactor(int depot, double now) =>
        (now < _repairedAt[depot] ? _damageFactor[depot] : 1.0) * _loading.Least(depot, now);
}
