using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Strategies;

/// <summary>
/// The central allocator: one decision-maker that sees every city and ships from the reserve
/// depots (every depot that is not a city's own local stock) by the strategy's allocation rule.
/// </summary>
/// <remarks>
/// <para>Each period, for each commodity: a city's shortfall is its need for every hour that
/// starts before the next decision's load can arrive (need is drawn at the start of each hour:
/// ceil(period + lead) hours, the lead being a full load at its depot's loading rate plus the
/// road from its nearest reserve that holds the commodity), less its stock and what is already
/// on the way (never below 0). When the reserves hold less than the shortfalls
/// add up to, the rule shares what they hold (<see cref="ShareOut"/>). Each city's grant is then
/// taken from the reserves it can reach, nearest first (ties: the strategy's fleet order), and
/// split into full vehicle loads of that fleet and one partial load.</para>
/// <para>Dispatches wait for vehicles at the depot when the fleet is out: stock, not vehicles,
/// is what is allocated; the shortfall counts what is waiting, so nothing is asked for twice.</para>
/// </remarks>
public sealed class CentralisedAllocation : ISupplyStrategy
{
    private readonly List<Dispatch> _dispatches = [];
    private readonly List<(double Hours, int Fleet)> _sources = [];
    private double[] _requests = [];
    private double[] _priorities = [];
    private double[] _grants = [];
    private double[] _nearest = [];
    private double[] _travelHours = [];
    private bool[] _fleetHolds = [];

    /// <inheritdoc/>
    public IEnumerable<Dispatch> Allocate(SupplySituation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        _dispatches.Clear();
        var cities = situation.Cities;
        var fleets = situation.Fleets;
        if (_requests.Length != cities.Count)
        {
            _requests = new double[cities.Count];
            _priorities = new double[cities.Count];
            _grants = new double[cities.Count];
            _nearest = new double[cities.Count];
        }

        for (var i = 0; i < cities.Count; i++)
        {
            _priorities[i] = cities[i].Priority;
        }

        // Paths do not change during a decision: one search per fleet and city, reused by every commodity.
        if (_travelHours.Length != fleets.Count * cities.Count)
        {
            _travelHours = new double[fleets.Count * cities.Count];
        }

        for (var f = 0; f < fleets.Count; f++)
        {
            // Lead time from dispatch to arrival: loading a full vehicle, then the road.
            var local = situation.HoldsCityStock(fleets[f].Depot);
            var loading = local ? 0 : situation.LoadingHours(fleets[f].Id);
            for (var i = 0; i < cities.Count; i++)
            {
                _travelHours[(f * cities.Count) + i] = local
                    ? double.PositiveInfinity
                    : loading + situation.TravelHours(fleets[f].Id, cities[i].Id);
            }
        }

        var period = situation.Strategy.AllocationPeriod.Hours;
        foreach (var commodity in situation.Commodities)
        {
            var held = new Dictionary<DepotId, double>();
            foreach (var fleet in fleets)
            {
                if (!situation.HoldsCityStock(fleet.Depot) && !held.ContainsKey(fleet.Depot))
                {
                    held[fleet.Depot] = situation.DepotStock(fleet.Depot, commodity.Id).Units;
                }
            }

            var available = 0.0;
            foreach (var units in held.Values)
            {
                available += units;
            }

            if (available <= 0)
            {
                continue;
            }

            // Whether each fleet's depot holds the commodity, looked up once rather than per city.
            if (_fleetHolds.Length != fleets.Count)
            {
                _fleetHolds = new bool[fleets.Count];
            }

            for (var f = 0; f < fleets.Count; f++)
            {
                _fleetHolds[f] = held.GetValueOrDefault(fleets[f].Depot) > 0;
            }

            for (var i = 0; i < cities.Count; i++)
            {
                var city = cities[i].Id;
                _nearest[i] = double.PositiveInfinity;
                for (var f = 0; f < fleets.Count; f++)
                {
                    if (_fleetHolds[f])
                    {
                        _nearest[i] = Math.Min(_nearest[i], _travelHours[(f * cities.Count) + i]);
                    }
                }

                _requests[i] = double.IsFinite(_nearest[i])
                    ? Math.Max(0, (situation.NeedPerHour(city, commodity.Id) * Math.Ceiling(period + _nearest[i]))
                        - situation.CityStock(city, commodity.Id).Units - situation.InTransit(city, commodity.Id).Units)
                    : 0;
            }

            ShareOut.Allocate(situation.Strategy.Allocation, _requests, _priorities, available, _grants);
            for (var i = 0; i < cities.Count; i++)
            {
                if (_grants[i] > 0)
                {
                    Source(situation, i, commodity.Id, commodity.MassPerUnit, held);
                }
            }
        }

        return _dispatches;
    }

    private void Source(SupplySituation situation, int city, CommodityId commodity, Mass massPerUnit, Dictionary<DepotId, double> held)
    {
        var to = situation.Cities[city].Id;
        var fleets = situation.Fleets;
        _sources.Clear();
        for (var f = 0; f < fleets.Count; f++)
        {
            var hours = _travelHours[(f * situation.Cities.Count) + city];
            if (held.GetValueOrDefault(fleets[f].Depot) > 0 && double.IsFinite(hours))
            {
                _sources.Add((hours, f));
            }
        }

        _sources.Sort();
        var wanted = _grants[city];
        foreach (var (_, f) in _sources)
        {
            var fleet = fleets[f];
            var take = Math.Min(wanted, held[fleet.Depot]);
            if (take <= 0)
            {
                continue;
            }

            held[fleet.Depot] -= take;
            wanted -= take;
            var load = fleet.Payload.Kilograms / massPerUnit.Kilograms;
            var fullLoads = (int)Math.Floor(take / load);
            for (var n = 0; n < fullLoads; n++)
            {
                _dispatches.Add(new Dispatch(fleet.Id, to, commodity, new Amount(load)));
            }

            var rest = take - (fullLoads * load);
            if (rest > 0)
            {
                _dispatches.Add(new Dispatch(fleet.Id, to, commodity, new Amount(rest)));
            }

            if (wanted <= 0)
            {
                break;
            }
        }
    }
}
