using SimWorkbench.Network;

namespace SimWorkbench.Strategies;

/// <summary>
/// Mutual aid between neighbouring cities (<see cref="MutualAid"/>), decided once per allocation
/// period after the reserves have shipped. One instance serves one run.
/// </summary>
/// <remarks>
/// For each commodity: a city's cover is its stock over its need per day now. A donor is a city
/// with a local fleet (a strategy fleet based at a local depot in it) and more than
/// <see cref="MutualAid.DonorAbove"/> of cover; it gives at most <see cref="MutualAid.Share"/> of
/// its surplus (stock above that cover) in one period, so it never ships itself below it. A
/// recipient is a city whose cover counting what is on the way and granted this period is below
/// <see cref="MutualAid.RecipientBelow"/>; it asks for what brings it up to that cover. Recipients
/// are served lowest cover first (ties: scenario order), each from its donors within the radius,
/// nearest first (ties: scenario order), that its fleet can reach now, in loads of the donor's
/// first local fleet, by the normal trip process. A gift smaller than one hour of the recipient's
/// need is not worth a trip and is not sent.
/// </remarks>
internal sealed class NeighbourAid
{
    private int[] _localFleet = [];
    private int[][] _neighbours = [];
    private double[] _budget = [];
    private double[] _request = [];
    private double[] _cover = [];
    private int[] _order = [];

    /// <summary>Adds this period's aid shipments.</summary>
    /// <param name="situation">The situation now.</param>
    /// <param name="aid">The strategy's mutual aid.</param>
    /// <param name="granted">What has been granted this period per city and commodity (city-major); aid adds its own.</param>
    /// <param name="into">Receives the dispatches.</param>
    public void Send(SupplySituation situation, MutualAid aid, double[] granted, List<Dispatch> into)
    {
        var cities = situation.Cities;
        var n = cities.Count;
        var k = situation.Commodities.Count;
        if (_neighbours.Length != n)
        {
            Prepare(situation, aid);
        }

        var donorDays = aid.DonorAbove.Days;
        var recipientDays = aid.RecipientBelow.Days;
        for (var c = 0; c < k; c++)
        {
            var commodity = situation.Commodities[c];
            var anyRecipient = false;
            for (var i = 0; i < n; i++)
            {
                var daily = situation.NeedPerHour(cities[i].Id, commodity.Id) * 24;
                var stock = situation.CityStock(cities[i].Id, commodity.Id).Units;
                var surplus = stock - (donorDays * daily);
                _budget[i] = _localFleet[i] >= 0 && surplus > 0 ? aid.Share.Value * surplus : 0;
                var held = stock + situation.InTransit(cities[i].Id, commodity.Id).Units + granted[(i * k) + c];
                _cover[i] = daily > 0 ? held / daily : double.PositiveInfinity;
                _request[i] = daily > 0 && _cover[i] < recipientDays ? (recipientDays * daily) - held : 0;
                anyRecipient |= _request[i] > 0;
                _order[i] = i;
            }

            if (!anyRecipient)
            {
                continue;
            }

            Array.Sort(_order, (a, b) => _cover[a] != _cover[b] ? _cover[a].CompareTo(_cover[b]) : a.CompareTo(b));
            foreach (var r in _order)
            {
                if (_request[r] <= 0)
                {
                    continue;
                }

                foreach (var d in _neighbours[r])
                {
                    if (_budget[d] <= 0 || !double.IsFinite(situation.TravelHours(situation.Fleets[_localFleet[d]].Id, cities[r].Id)))
                    {
                        continue;
                    }

                    var give = Math.Min(_request[r], _budget[d]);
                    if (give < situation.NeedPerHour(cities[r].Id, commodity.Id))
                    {
                        continue;
                    }

                    _budget[d] -= give;
                    _request[r] -= give;
                    granted[(r * k) + c] += give;
                    VehicleLoads.Split(situation.Fleets[_localFleet[d]], cities[r].Id, commodity.Id, commodity.MassPerUnit, give, into);
                    if (_request[r] <= 0)
                    {
                        break;
                    }
                }
            }
        }

    }

    /// <summary>Finds each city's local fleet and its neighbours within the radius, nearest first: neither changes during a run.</summary>
    private void Prepare(SupplySituation situation, MutualAid aid)
    {
        var cities = situation.Cities;
        var n = cities.Count;
        _budget = new double[n];
        _request = new double[n];
        _cover = new double[n];
        _order = new int[n];
        _localFleet = new int[n];
        Array.Fill(_localFleet, -1);
        var cityOf = new Dictionary<CityId, int>(n);
        for (var i = 0; i < n; i++)
        {
            cityOf[cities[i].Id] = i;
        }

        var depots = situation.Depots.ToDictionary(d => d.Id);
        for (var f = 0; f < situation.Fleets.Count; f++)
        {
            var depot = depots[situation.Fleets[f].Depot];
            if (situation.HoldsCityStock(depot.Id) && depot.City is { } city && _localFleet[cityOf[city]] < 0)
            {
                _localFleet[cityOf[city]] = f;
            }
        }

        _neighbours = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var near = new List<(double Kilometres, int City)>();
            for (var j = 0; j < n; j++)
            {
                var km = cities[i].Location.DistanceTo(cities[j].Location).Kilometres;
                if (j != i && km <= aid.Radius.Kilometres)
                {
                    near.Add((km, j));
                }
            }

            near.Sort();
            _neighbours[i] = [.. near.Select(x => x.City)];
        }
    }
}
