using SimWorkbench.Hazards;
using SimWorkbench.Kernel;
using SimWorkbench.Network;
using SimWorkbench.Runs;

namespace SimWorkbench.Supply;

/// <summary>
/// Hazards happening in a run: the scenario's at their onsets and the ones cascade rules start,
/// each striking the elements in its footprint and logged in <see cref="Log"/>.
/// </summary>
/// <remarks>
/// <para>At onset every element with a fragility curve for its kind draws one uniform number from
/// the hazard's own stream <c>hazard/&lt;id&gt;</c>, in the fixed order of <see cref="Elements"/>
/// (whether or not it feels the hazard), and is damaged when the number is below
/// P(damage) = Φ(ln(I / median) / β) at the intensity it feels. So a hazard's draws depend only on
/// the seed and its id: adding another hazard does not shift them.</para>
/// <para>Damage: a link closes (or is degraded by the curve's slowdown) and opens its repair time
/// later; a depot loses the curve's share of every commodity it holds (counted as lost in the
/// ledger) and of its loading throughput until its repair time has passed; a city's utilities fail
/// and its people depend on emergency supply for its recovery time. In every city the hazard
/// reaches (intensity above 0) its demand surges raise need from onset for their duration, its
/// displacement moves share × (intensity there / intensity at the centre) of the people to the
/// nearest city it does not reach, for its return time, and deliveries go at its distribution
/// factor for its duration; depots it reaches load at its loading factor for its duration.</para>
/// <para>Cascades: a hazard trigger is tested at every element the hazard reaches at or above the
/// rule's minimum intensity, in element order, with one draw from the rule's stream
/// <c>cascade/&lt;rule id&gt;</c> against its probability; the new hazard starts the rule's delay
/// later, centred on that element, one generation on. A rule with a generation limit fires only
/// for triggers of a lower generation.</para>
/// </remarks>
internal sealed class HazardStrikes
{
    private readonly SupplyWorld _world;
    private readonly Simulation _sim;
    private readonly Elements _elements;
    private readonly int[] _graphLink;

    public HazardStrikes(SupplyWorld world)
    {
        _world = world;
        _sim = world.Simulation;
        var links = world.Scenario.Network.Links;
        _elements = new Elements(links, world.Depots, world.Cities);
        _graphLink = new int[links.Count];
        for (var l = 0; l < links.Count; l++)
        {
            _graphLink[l] = world.Graph.IndexOf(links[l].Id);
        }
    }

    /// <summary>Every hazard that has happened so far, in order of onset.</summary>
    public List<HazardRecord> Log { get; } = [];

    public Elements Elements => _elements;

    /// <summary>Schedules the scenario's hazards; each strikes at its onset.</summary>
    public void Start()
    {
        foreach (var hazard in _world.Scenario.Hazards)
        {
            Schedule(Strike.Of(hazard));
        }
    }

    /// <summary>Schedules a strike at its onset (at once if that is now or past).</summary>
    public void Schedule(Strike strike) => _sim.Process(StrikeAtOnset(strike), $"hazard/{strike.Id}");

    private IEnumerable<Event> StrikeAtOnset(Strike strike)
    {
        var wait = strike.OnsetHours - _sim.Now;
        if (wait > 0)
        {
            yield return _sim.Timeout(wait);
        }

        Hit(strike);
    }

    private void Hit(Strike strike)
    {
        var now = _sim.Now;
        var n = _elements.Count;
        var intensity = new double[n];
        var affected = new List<Target>();
        for (var e = 0; e < n; e++)
        {
            intensity[e] = strike.IntensityAt(_elements.Targets[e], _elements.Positions[e], _world.Distances);
            if (intensity[e] > 0)
            {
                affected.Add(_elements.Targets[e]);
            }
        }

        var damaged = DrawDamage(strike, intensity);
        foreach (var e in damaged)
        {
            Damage(strike, e);
        }

        Spread(strike, intensity);
        Log.Add(new HazardRecord(
            strike.Id, strike.Kind, now, strike.ForecastHours, strike.Generation, strike.Rule, strike.Parent, strike.Intensity,
            affected, [.. damaged.Select(e => _elements.Targets[e])]));
        _world.RefreshNeed();
        Cascade(strike, intensity);
    }

    private List<int> DrawDamage(Strike strike, double[] intensity)
    {
        var damaged = new List<int>();
        if (strike.Effects.Fragility.Count == 0)
        {
            return damaged;
        }

        var stream = _sim.Random($"hazard/{strike.Id}");
        for (var e = 0; e < _elements.Count; e++)
        {
            if (CurveFor(strike, _elements.Kinds[e]) is not { } curve)
            {
                continue;
            }

            // Drawn for every element with a curve, felt or not, so the draws line up whatever the footprint.
            var u = stream.NextDouble();
            if (u < curve.ProbabilityOfDamage(intensity[e]))
            {
                damaged.Add(e);
            }
        }

        return damaged;
    }

    private static FragilityCurve? CurveFor(Strike strike, ElementKind kind)
    {
        // Indexed, not foreach: the list's enumerator would be boxed, once per element per strike.
        var curves = strike.Effects.Fragility;
        for (var i = 0; i < curves.Count; i++)
        {
            if (curves[i].Element == kind)
            {
                return curves[i];
            }
        }

        return null;
    }

    private void Damage(Strike strike, int e)
    {
        var now = _sim.Now;
        var curve = CurveFor(strike, _elements.Kinds[e])!;
        if (e < _elements.FirstDepot)
        {
            var state = curve.Damage == LinkDamage.Closed ? LinkState.Closed : LinkState.Degraded;
            _world.Links.Damage(_graphLink[e], state, curve.Slowdown, strike.Id);
        }
        else if (e < _elements.FirstCity)
        {
            var d = e - _elements.FirstDepot;
            var pile = _world.DepotPile[d];
            for (var c = 0; c < _world.Commodities.Length; c++)
            {
                var lost = _world.Piles.Level(pile, c) * curve.StockLoss.Value;
                if (lost > 0)
                {
                    _world.Piles.Take(pile, c, lost);
                    _world.Lost[c] += lost;
                }
            }

            _world.DepotConditions.Damage(d, curve.ThroughputLoss.Value, now + _world.Depots[d].RepairTime.Hours);
        }
        else
        {
            var i = e - _elements.FirstCity;
            _world.CityConditions.FailUtilities(i, now + _world.Cities[i].RecoveryTime.Hours);
        }
    }

    /// <summary>The hazard's effects on the places it reaches, damaged or not: surges, displacement, slower loading and distribution.</summary>
    private void Spread(Strike strike, double[] intensity)
    {
        var now = _sim.Now;
        var effects = strike.Effects;
        var until = now + strike.DurationHours;
        for (var d = 0; d < _elements.DepotCount; d++)
        {
            if (intensity[_elements.FirstDepot + d] > 0 && effects.LoadingFactor.Value < 1 && strike.DurationHours > 0)
            {
                _world.DepotConditions.SlowLoading(d, effects.LoadingFactor.Value, until);
            }
        }

        var cities = _world.CityConditions;
        for (var i = 0; i < _elements.CityCount; i++)
        {
            if (intensity[_elements.FirstCity + i] <= 0)
            {
                continue;
            }

            foreach (var surge in effects.DemandSurges)
            {
                cities.Surge(i, _world.CommodityIndex(surge.Commodity), surge.Multiplier, now + surge.Duration.Hours);
            }

            if (effects.DistributionFactor.Value < 1 && strike.DurationHours > 0)
            {
                cities.SlowDistribution(i, effects.DistributionFactor.Value, until);
            }
        }

        if (effects.Displacement is { } displacement)
        {
            Displace(strike, displacement, intensity);
        }
    }

    private void Displace(Strike strike, Displacement displacement, double[] intensity)
    {
        var population = _world.CityConditions.Population;
        var first = _elements.FirstCity;
        for (var i = 0; i < _elements.CityCount; i++)
        {
            if (intensity[first + i] <= 0)
            {
                continue;
            }

            // The nearest city the hazard does not reach; ties to the first in scenario order.
            var host = -1;
            var best = double.PositiveInfinity;
            for (var j = 0; j < _elements.CityCount; j++)
            {
                if (intensity[first + j] > 0)
                {
                    continue;
                }

                var km = _world.Cities[i].Location.DistanceTo(_world.Cities[j].Location).Kilometres;
                if (km < best)
                {
                    (host, best) = (j, km);
                }
            }

            if (host < 0)
            {
                return;
            }

            var moved = population[i] * displacement.Share.Value * Math.Min(1, intensity[first + i] / strike.Intensity);
            if (moved > 0)
            {
                population[i] -= moved;
                population[host] += moved;
                _sim.Start(Return(i, host, moved, displacement.ReturnAfter.Hours));
            }
        }
    }

    private IEnumerable<Event> Return(int home, int host, double people, double afterHours)
    {
        yield return _sim.Timeout(afterHours);
        var population = _world.CityConditions.Population;
        var back = Math.Min(people, population[host]);
        population[host] -= back;
        population[home] += back;
        _world.RefreshNeed();
    }

    private void Cascade(Strike strike, double[] intensity)
    {
        foreach (var rule in _world.Scenario.Cascades)
        {
            if (rule.Trigger is not HazardTrigger trigger || trigger.Kind != strike.Kind
                || (rule.GenerationLimit is { } limit && strike.Generation >= limit))
            {
                continue;
            }

            var stream = _sim.Random($"cascade/{rule.Id}");
            for (var e = 0; e < _elements.Count; e++)
            {
                if (intensity[e] >= trigger.MinIntensity && stream.NextDouble() < rule.Effect.Probability.Value)
                {
                    Schedule(Strike.Caused(rule, strike.Id, strike.Generation, _elements.Targets[e], _elements.Positions[e], _sim.Now + rule.Effect.Delay.Hours));
                }
            }
        }
    }

    /// <summary>A shortage trigger fired in a city: draws on the rule's stream and, if it fires, schedules the new hazard.</summary>
    public void ShortageFired(CascadeRule rule, int city, double atHours)
    {
        if (rule.GenerationLimit is { } limit && limit <= 0)
        {
            return;
        }

        var stream = _sim.Random($"cascade/{rule.Id}");
        if (stream.NextDouble() < rule.Effect.Probability.Value)
        {
            var e = _elements.FirstCity + city;
            Schedule(Strike.Caused(rule, null, 0, _elements.Targets[e], _elements.Positions[e], atHours + rule.Effect.Delay.Hours));
        }
    }
}
