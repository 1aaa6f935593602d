using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;
using SimWorkbench.Supply;

namespace SimWorkbench.Strategies;

/// <summary>
/// What a strategy sees when it decides: the time, each city's stock, need and supplies on the
/// way, each depot's stock, the fleets and how long they take to reach each city. A read-only
/// view of the running simulation, valid during <see cref="ISupplyStrategy.Allocate"/>.
/// </summary>
public sealed class SupplySituation
{
    private readonly SupplyWorld _world;

    // Travel hours per fleet and city (fleet-major), NaN until asked for, kept while no link state changes.
    private readonly double[] _travelHours;
    private int _travelVersion;

    internal SupplySituation(SupplyWorld world)
    {
        _world = world;
        Fleets = [.. world.Fleets.Select(p => p.Fleet)];
        _travelHours = new double[world.Fleets.Length * world.Cities.Length];
        Array.Fill(_travelHours, double.NaN);
        _travelVersion = world.Graph.Version;
    }

    /// <summary>The simulated time now, in hours from the start of the run.</summary>
    public double NowHours => _world.Simulation.Now;

    /// <summary>The strategy being run: its allocation rule and period, stock placement and fleets.</summary>
    public Strategy Strategy => _world.Strategy;

    /// <summary>The commodities, in scenario order.</summary>
    public IReadOnlyList<Commodity> Commodities => _world.Commodities;

    /// <summary>The cities, in scenario order.</summary>
    public IReadOnlyList<City> Cities => _world.Cities;

    /// <summary>The depots, in scenario order.</summary>
    public IReadOnlyList<Depot> Depots => _world.Depots;

    /// <summary>The strategy's fleets, in the strategy's order.</summary>
    public IReadOnlyList<Fleet> Fleets { get; }

    /// <summary>What a city holds of a commodity now, for its people to draw on: its local depots' stock and what was delivered.</summary>
    /// <param name="city">The city.</param>
    /// <param name="commodity">The commodity.</param>
    /// <returns>The amount.</returns>
    public Amount CityStock(CityId city, CommodityId commodity) =>
        new(_world.Piles.Level(_world.CityIndex(city), _world.CommodityIndex(commodity)));

    /// <summary>A city's need for a commodity now, in commodity units per hour.</summary>
    /// <param name="city">The city.</param>
    /// <param name="commodity">The commodity.</param>
    /// <returns>Units per hour.</returns>
    public double NeedPerHour(CityId city, CommodityId commodity) =>
        _world.NeedPerHour[(_world.CityIndex(city) * _world.Commodities.Length) + _world.CommodityIndex(commodity)];

    /// <summary>What has been dispatched to a city and not yet unloaded there: waiting for a vehicle, loading or on the road.</summary>
    /// <param name="city">The city.</param>
    /// <param name="commodity">The commodity.</param>
    /// <returns>The amount.</returns>
    public Amount InTransit(CityId city, CommodityId commodity) =>
        new(Math.Max(0, _world.InTransitToCity[(_world.CityIndex(city) * _world.Commodities.Length) + _world.CommodityIndex(commodity)]));

    /// <summary>
    /// What a depot holds of a commodity now (dispatches already carried out have taken theirs). For
    /// a local depot in a city (see <see cref="HoldsCityStock"/>) it is the whole of that city's stock.
    /// </summary>
    /// <param name="depot">The depot.</param>
    /// <param name="commodity">The commodity.</param>
    /// <returns>The amount.</returns>
    public Amount DepotStock(DepotId depot, CommodityId commodity) =>
        new(_world.Piles.Level(_world.DepotPile[_world.DepotIndex(depot)], _world.CommodityIndex(commodity)));

    /// <summary>
    /// True for a local depot in a city: its stock is that city's own, which the city's people draw
    /// on directly, with no vehicle. A strategy ships from it only to other cities (mutual aid).
    /// </summary>
    /// <param name="depot">The depot.</param>
    /// <returns>Whether its stock is its city's.</returns>
    public bool HoldsCityStock(DepotId depot) => SupplyWorld.SharesCityStock(_world.Depots[_world.DepotIndex(depot)]);

    /// <summary>How many of a fleet's vehicles wait at its depot now (the others are on trips).</summary>
    /// <param name="fleet">One of the strategy's fleets.</param>
    /// <returns>The count.</returns>
    public int VehiclesAvailable(FleetId fleet) => _world.Fleets[_world.FleetIndex(fleet)].Vehicles.Count;

    /// <summary>How many dispatches of the fleet wait at its depot for a vehicle now (0 while any vehicle is available).</summary>
    /// <param name="fleet">One of the strategy's fleets.</param>
    /// <returns>The count.</returns>
    public int LoadsWaiting(FleetId fleet) => _world.LoadsWaiting[_world.FleetIndex(fleet)];

    /// <summary>
    /// Hours to load one full vehicle of the fleet at its depot at the depot's loading rate now
    /// (hazards slow it), or +∞ while the depot can load nothing.
    /// </summary>
    /// <param name="fleet">One of the strategy's fleets.</param>
    /// <returns>Hours.</returns>
    public double LoadingHours(FleetId fleet)
    {
        var pool = _world.Fleets[_world.FleetIndex(fleet)];
        var factor = _world.LoadingFactor(pool.Depot);
        var tonnesPerHour = _world.Depots[pool.Depot].Loading.TonnesPerHour * factor;
        return tonnesPerHour > 0 ? pool.Fleet.Payload.Kilograms / 1000 / tonnesPerHour : double.PositiveInfinity;
    }

    /// <summary>
    /// Hours a vehicle of the fleet takes from its depot to the city over the fastest path open now
    /// (0 when the depot is in the city), or +∞ when no open path of the fleet's mode joins them.
    /// Loading time is not included.
    /// </summary>
    /// <param name="fleet">One of the strategy's fleets.</param>
    /// <param name="city">The city.</param>
    /// <returns>Hours.</returns>
    public double TravelHours(FleetId fleet, CityId city)
    {
        var f = _world.FleetIndex(fleet);
        var i = _world.CityIndex(city);
        if (_travelVersion != _world.Graph.Version)
        {
            Array.Fill(_travelHours, double.NaN);
            _travelVersion = _world.Graph.Version;
        }

        ref var hours = ref _travelHours[(f * _world.Cities.Length) + i];
        if (double.IsNaN(hours))
        {
            var pool = _world.Fleets[f];
            var from = _world.PileNode[_world.DepotPile[pool.Depot]];
            var to = _world.PileNode[i];
            hours = _world.Graph.FastestPath(from, to, pool.Fleet.Mode, pool.Fleet.Speed.KilometresPerHour)?.Hours ?? double.PositiveInfinity;
        }

        return hours;
    }

    // By index, for the built-in allocators, which read the situation thousands of times a period:
    // the same figures as the id-based members above, without looking ids up.

    /// <summary><see cref="NeedPerHour"/> by city and commodity index.</summary>
    internal double NeedPerHourAt(int city, int commodity) => _world.NeedPerHour[(city * _world.Commodities.Length) + commodity];

    /// <summary><see cref="CityStock"/> by city and commodity index, in units.</summary>
    internal double CityStockAt(int city, int commodity) => _world.Piles.Level(city, commodity);

    /// <summary><see cref="InTransit"/> by city and commodity index, in units.</summary>
    internal double InTransitAt(int city, int commodity) => Math.Max(0, _world.InTransitToCity[(city * _world.Commodities.Length) + commodity]);

    /// <summary>The index (scenario order) of the depot a fleet (strategy order) is based at.</summary>
    internal int DepotOf(int fleet) => _world.Fleets[fleet].Depot;

    /// <summary><see cref="DepotStock"/> by depot and commodity index, in units.</summary>
    internal double DepotStockAt(int depot, int commodity) => _world.Piles.Level(_world.DepotPile[depot], commodity);

    /// <summary><see cref="HoldsCityStock"/> by depot index.</summary>
    internal bool HoldsCityStockAt(int depot) => SupplyWorld.SharesCityStock(_world.Depots[depot]);

    /// <summary><see cref="LoadsWaiting"/> by fleet index.</summary>
    internal int LoadsWaitingAt(int fleet) => _world.LoadsWaiting[fleet];
}
