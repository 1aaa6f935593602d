namespace SimWorkbench.Strategies;

/// <summary>
/// Ships from reserves (every depot that is not a city's own local stock) to cities by the
/// strategy's allocation rule: the core the built-in allocators share. One instance serves one run.
/// </summary>
/// <remarks>
/// <para>Each period (<see cref="Begin"/>), the lead of every reserve fleet to every city is
/// measured: a full load at its depot's loading rate now plus the fastest road open now. Then each
/// call of <see cref="Ship"/> serves some cities from some fleets' depots, for each commodity: a
/// city's shortfall is its need for every hour that starts before the next decision's load can
/// arrive (need is drawn at the start of each hour: ceil(period + lead) hours, the lead from the
/// nearest of those depots that holds the commodity), less its stock, what is already on the way and
/// what earlier calls granted it this period (never below 0). When the depots hold less than the
/// shortfalls add up to, the rule shares what they hold (<see cref="ShareOut"/>). Each city's grant
/// is taken from the depots it can reach, nearest first (ties: the strategy's fleet order), and
/// split into full vehicle loads of that fleet and one partial load.</para>
/// <para>Vehicles are allocated too, one fleet deep: a fleet takes on in one call at most the
/// payload of its vehicles less the loads already waiting for them (the vehicles out on trips come
/// back to the loads left waiting, so none stands idle until the next decision); when the grants on
/// a fleet weigh more, that payload is shared among the commodities max-min fairly by mass, each
/// commodity's grants are cut by the same share, and the rest stays in stock for the next
/// decision. So the queue at a dock never grows beyond one round of the fleet, and
/// what is needed later (another commodity, another city) does not wait behind a backlog.</para>
/// </remarks>
internal sealed class ReserveShipping
{
    private readonly List<(double Hours, int Fleet)> _sources = [];
    private double[] _held = [];
    private bool[] _counted = [];
    private readonly List<(int Fleet, int City, int Commodity, double Units)> _plan = [];
    private double[] _requests = [];
    private double[] _priorities = [];
    private double[] _grants = [];
    private double[] _leadHours = [];
    private double[] _planned = [];
    private bool[] _everyFleet = [];
    private bool[] _everyCity = [];

    /// <summary>Grants made this period per city and commodity (city-major), by every caller: see <see cref="Begin"/>.</summary>
    public double[] Granted { get; private set; } = [];

    /// <summary>Starts a period: measures every reserve fleet's lead to every city and clears the period's grants.</summary>
    /// <param name="situation">The situation now.</param>
    public void Begin(SupplySituation situation)
    {
        var cities = situation.Cities;
        var fleets = situation.Fleets;
        if (_requests.Length != cities.Count)
        {
            _requests = new double[cities.Count];
            _priorities = new double[cities.Count];
            _grants = new double[cities.Count];
        }

        if (Granted.Length != cities.Count * situation.Commodities.Count)
        {
            Granted = new double[cities.Count * situation.Commodities.Count];
        }

        Array.Clear(Granted);
        if (_leadHours.Length != fleets.Count * cities.Count)
        {
            _leadHours = new double[fleets.Count * cities.Count];
        }

        if (_held.Length != situation.Depots.Count)
        {
            _held = new double[situation.Depots.Count];
            _counted = new bool[situation.Depots.Count];
        }

        for (var i = 0; i < cities.Count; i++)
        {
            _priorities[i] = cities[i].Priority;
        }

        // Paths do not change during a decision: one search per fleet and city, reused by every commodity.
        for (var f = 0; f < fleets.Count; f++)
        {
            var local = situation.HoldsCityStockAt(situation.DepotOf(f));
            var loading = local ? 0 : situation.LoadingHours(fleets[f].Id);
            for (var i = 0; i < cities.Count; i++)
            {
                _leadHours[(f * cities.Count) + i] = local ? double.PositiveInfinity : loading + situation.TravelHours(fleets[f].Id, cities[i].Id);
            }
        }
    }

    /// <summary>
    /// Hours from a dispatch by a reserve fleet to its arrival in a city (a full load, then the
    /// road), as measured by <see cref="Begin"/>; +∞ for a fleet of a city's own stock or no open path.
    /// </summary>
    /// <param name="fleet">The fleet's index in the strategy's fleets.</param>
    /// <param name="city">The city's index.</param>
    /// <returns>Hours.</returns>
    public double LeadHours(int fleet, int city) => _leadHours[(fleet * _requests.Length) + city];

    /// <summary>Starts a period and serves every city from every reserve fleet's depot: <see cref="Begin"/>, then <see cref="Ship"/> with nothing left out.</summary>
    /// <param name="situation">The situation now.</param>
    /// <param name="into">Receives the dispatches.</param>
    public void ShipEverywhere(SupplySituation situation, List<Dispatch> into)
    {
        if (_everyCity.Length != situation.Cities.Count || _everyFleet.Length != situation.Fleets.Count)
        {
            _everyFleet = [.. situation.Fleets.Select(_ => true)];
            _everyCity = [.. situation.Cities.Select(_ => true)];
        }

        Begin(situation);
        Ship(situation, _everyFleet, _everyCity, into);
    }

    /// <summary>Serves the chosen cities from the chosen fleets' depots, adding the dispatches.</summary>
    /// <param name="situation">The situation now.</param>
    /// <param name="fleets">Per fleet of the strategy, whether its depot ships in this call.</param>
    /// <param name="cities">Per city, whether it is served in this call.</param>
    /// <param name="into">Receives the dispatches.</param>
    public void Ship(SupplySituation situation, ReadOnlySpan<bool> fleets, ReadOnlySpan<bool> cities, List<Dispatch> into)
    {
        var all = situation.Fleets;
        var n = situation.Cities.Count;
        var k = situation.Commodities.Count;
        var period = situation.Strategy.AllocationPeriod.Hours;
        for (var c = 0; c < k; c++)
        {
            // Each reserve depot's stock of the commodity, counted once however many of its fleets ship.
            Array.Clear(_held);
            Array.Clear(_counted);
            var available = 0.0;
            for (var f = 0; f < all.Count; f++)
            {
                var depot = situation.DepotOf(f);
                if (fleets[f] && !situation.HoldsCityStockAt(depot) && !_counted[depot])
                {
                    var units = situation.DepotStockAt(depot, c);
                    _held[depot] = units;
                    _counted[depot] = true;
                    available += units;
                }
            }

            if (available <= 0)
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                var nearest = double.PositiveInfinity;
                for (var f = 0; f < all.Count && cities[i]; f++)
                {
                    if (fleets[f] && _held[situation.DepotOf(f)] > 0)
                    {
                        nearest = Math.Min(nearest, LeadHours(f, i));
                    }
                }

                _requests[i] = double.IsFinite(nearest)
                    ? Math.Max(0, (situation.NeedPerHourAt(i, c) * Math.Ceiling(period + nearest))
                        - situation.CityStockAt(i, c) - situation.InTransitAt(i, c) - Granted[(i * k) + c])
                    : 0;
            }

            ShareOut.Allocate(situation.Strategy.Allocation, _requests, _priorities, available, _grants);
            for (var i = 0; i < n; i++)
            {
                if (_grants[i] > 0)
                {
                    Source(situation, fleets, i, c);
                }
            }
        }

        Commit(situation, into);
    }

    /// <summary>
    /// Cuts the planned grants down to what each fleet's vehicles can take on, then splits them into
    /// loads. A fleet's capacity is shared among the commodities max-min fairly by mass (each
    /// gets an equal part, a commodity that needs less than its part leaves the rest to the others:
    /// a few tonnes of medical kits are not held back by thousands of tonnes of water), and within a
    /// commodity every grant on the fleet is cut by the same share.
    /// </summary>
    private void Commit(SupplySituation situation, List<Dispatch> into)
    {
        var all = situation.Fleets;
        var k = situation.Commodities.Count;
        if (_planned.Length != all.Count * k)
        {
            _planned = new double[all.Count * k];
        }

        Array.Clear(_planned);
        foreach (var (f, _, c, units) in _plan)
        {
            _planned[(f * k) + c] += units * situation.Commodities[c].MassPerUnit.Kilograms;
        }

        for (var f = 0; f < all.Count; f++)
        {
            var free = Math.Max(0, all[f].Vehicles - situation.LoadsWaitingAt(f));
            ShareByMass(_planned.AsSpan(f * k, k), free * all[f].Payload.Kilograms);
        }

        foreach (var (f, i, c, units) in _plan)
        {
            var sent = units * _planned[(f * k) + c];
            Granted[(i * k) + c] += sent;
            var commodity = situation.Commodities[c];
            VehicleLoads.Split(all[f], situation.Cities[i].Id, commodity.Id, commodity.MassPerUnit, sent, into);
        }

        _plan.Clear();
    }

    /// <summary>
    /// Shares a carrying capacity among commodities max-min fairly (water-filling): replaces each
    /// commodity's planned mass by the share of it that is sent, 1 when it all fits.
    /// </summary>
    /// <param name="kilograms">Planned mass per commodity; receives the share sent of each.</param>
    /// <param name="capacity">The mass the vehicles can take on, in kg.</param>
    private static void ShareByMass(Span<double> kilograms, double capacity)
    {
        var left = capacity;
        var open = 0;
        foreach (var m in kilograms)
        {
            open += m > 0 ? 1 : 0;
        }

        // Commodities that need no more than an equal part of what is left go whole, until none does.
        var capped = true;
        while (open > 0 && capped)
        {
            var part = left / open;
            capped = false;
            for (var c = 0; c < kilograms.Length; c++)
            {
                if (kilograms[c] > 0 && kilograms[c] <= part)
                {
                    left -= kilograms[c];
                    kilograms[c] = 0;
                    open--;
                    capped = true;
                }
            }
        }

        var equal = open > 0 ? left / open : 0;
        for (var c = 0; c < kilograms.Length; c++)
        {
            kilograms[c] = kilograms[c] > 0 ? equal / kilograms[c] : 1;
        }
    }

    private void Source(SupplySituation situation, ReadOnlySpan<bool> fleets, int city, int c)
    {
        var all = situation.Fleets;
        _sources.Clear();
        for (var f = 0; f < all.Count; f++)
        {
            var hours = LeadHours(f, city);
            if (fleets[f] && _held[situation.DepotOf(f)] > 0 && double.IsFinite(hours))
            {
                _sources.Add((hours, f));
            }
        }

        _sources.Sort();
        var wanted = _grants[city];
        foreach (var (_, f) in _sources)
        {
            var depot = situation.DepotOf(f);
            var take = Math.Min(wanted, _held[depot]);
            if (take <= 0)
            {
                continue;
            }

            _held[depot] -= take;
            wanted -= take;
            _plan.Add((f, city, c, take));
            if (wanted <= 0)
            {
                break;
            }
        }
    }
}
