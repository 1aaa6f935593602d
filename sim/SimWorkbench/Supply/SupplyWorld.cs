using SimWorkbench.Commodities;
using SimWorkbench.Kernel;
using SimWorkbench.Network;
using SimWorkbench.Network.Routing;
using SimWorkbench.Scenarios;
using SimWorkbench.Strategies;

namespace SimWorkbench.Supply;

/// <summary>
/// The running world of one run: stock piles, fleets, loading docks, link states, and what has
/// been needed, served, dispatched and delivered so far. Built from a scenario and one strategy;
/// the processes that move it are in <see cref="Consumption"/>, <see cref="Trip"/> and the
/// allocation loop (<see cref="SupplyWorld.Allocation"/>).
/// </summary>
internal sealed partial class SupplyWorld
{
    // Keyed by the ids' text: a string-keyed dictionary hashes with the runtime's fast ordinal
    // comparer, where a record-struct key hashes through the randomised one (allocators look
    // ids up millions of times a run).
    private readonly IdIndex _cityIndex;
    private readonly IdIndex _depotIndex;
    private readonly IdIndex _commodityIndex;
    private readonly IdIndex _fleetIndex;

    public SupplyWorld(Scenario scenario, Strategy strategy, ulong seed, ISupplyStrategy allocator, Runs.RunBuffers? buffers = null)
    {
        Scenario = scenario;
        Strategy = strategy;
        Allocator = allocator;
        Simulation = new Simulation(seed);
        var network = scenario.Network;
        Commodities = [.. scenario.Commodities];
        Cities = [.. network.Cities];
        Depots = [.. network.Depots];
        _commodityIndex = new IdIndex(Commodities.Select(c => c.Id.Value));
        _cityIndex = new IdIndex(Cities.Select(c => c.Id.Value));
        _depotIndex = new IdIndex(Depots.Select(d => d.Id.Value));
        Links = new LinkStates(Simulation, new RoadGraph(network));

        DepotPile = new int[Depots.Length];
        var piles = Cities.Length;
        for (var d = 0; d < Depots.Length; d++)
        {
            DepotPile[d] = SharesCityStock(Depots[d]) ? CityIndex(Depots[d].City!.Value) : piles++;
        }

        PileNode = new int[piles];
        for (var i = 0; i < Cities.Length; i++)
        {
            PileNode[i] = Graph.IndexOf(Cities[i].Node);
        }

        for (var d = 0; d < Depots.Length; d++)
        {
            PileNode[DepotPile[d]] = Graph.IndexOf(Depots[d].Node);
        }

        Piles = BuildPiles(piles);
        Docks = new Resource[Depots.Length];
        for (var d = 0; d < Depots.Length; d++)
        {
            Docks[d] = new Resource(Simulation, capacity: 1);
        }

        Fleets = BuildFleets();
        _fleetIndex = new IdIndex(Fleets.Select(f => f.Fleet.Id.Value));
        LoadsWaiting = new int[Fleets.Length];

        var k = Commodities.Length;
        Hours = (int)Math.Ceiling(scenario.Horizon.Hours);
        CityConditions = new CityConditions(Cities, Commodities, dependentFromStart: !CanFailUtilities(scenario));
        DepotConditions = new DepotConditions(Depots.Length);
        NeedPerHour = new double[Cities.Length * k];
        CityConditions.NeedPerHour(0, NeedPerHour);

        Need = buffers?.Need(Cities.Length * k * Hours) ?? new double[Cities.Length * k * Hours];
        Served = buffers?.Served(Need.Length) ?? new double[Need.Length];
        Deliveries = buffers?.Deliveries() ?? [];
        Distances = buffers?.Distances ?? new DistanceMemo();
        InTransitToCity = new double[Cities.Length * k];
        InTransit = new double[k];
        Consumed = new double[k];
        Lost = new double[k];
        Procured = new double[k];
        Initial = new double[k];
        StockUnitHours = new double[k];
        FleetKilometres = new double[Fleets.Length];
        for (var c = 0; c < k; c++)
        {
            Initial[c] = Piles.Total(c);
        }

        Strikes = new HazardStrikes(this);
        Shortages = new ShortageWatch(this);
    }

    public Simulation Simulation { get; }

    public Scenario Scenario { get; }

    public Strategy Strategy { get; }

    public ISupplyStrategy Allocator { get; }

    public Commodity[] Commodities { get; }

    public City[] Cities { get; }

    public Depot[] Depots { get; }

    public FleetPool[] Fleets { get; }

    /// <summary>Per fleet, dispatches waiting at its depot for one of its vehicles.</summary>
    public int[] LoadsWaiting { get; }

    public LinkStates Links { get; }

    public RoadGraph Graph => Links.Graph;

    public Stockpiles Piles { get; }

    /// <summary>The pile each depot's stock is in: its city's for a local depot in a city, else its own.</summary>
    public int[] DepotPile { get; }

    /// <summary>The graph node of each pile.</summary>
    public int[] PileNode { get; }

    /// <summary>One loading dock per depot: loads go one at a time at the depot's loading throughput.</summary>
    public Resource[] Docks { get; }

    /// <summary>Hour slots in the horizon (the last may be partial).</summary>
    public int Hours { get; }

    /// <summary>Need per city and commodity now (city-major), in units per hour; see <see cref="RefreshNeed"/>.</summary>
    public double[] NeedPerHour { get; }

    /// <summary>Need per city, commodity and hour slot, in units.</summary>
    public double[] Need { get; }

    /// <summary>Served per city, commodity and hour slot, in units.</summary>
    public double[] Served { get; }

    /// <summary>Units committed to each city and commodity and not yet unloaded there.</summary>
    public double[] InTransitToCity { get; }

    /// <summary>Units per commodity off the ground: committed at a depot, loading, on the road, or coming back unloaded.</summary>
    public double[] InTransit { get; }

    /// <summary>Units per commodity consumed by the cities' people.</summary>
    public double[] Consumed { get; }

    /// <summary>Units per commodity destroyed by hazards.</summary>
    public double[] Lost { get; }

    /// <summary>What hazards have done to the cities: population, dependence, surges, distribution.</summary>
    public CityConditions CityConditions { get; }

    /// <summary>What hazards have done to the depots' loading.</summary>
    public DepotConditions DepotConditions { get; }

    /// <summary>The hazards: scheduled, caused, and the log of those that happened.</summary>
    public HazardStrikes Strikes { get; }

    /// <summary>The cascade rules' shortage triggers.</summary>
    public ShortageWatch Shortages { get; }

    /// <summary>Units per commodity delivered by suppliers (<see cref="Suppliers"/>).</summary>
    public double[] Procured { get; }

    /// <summary>Units per commodity at the start.</summary>
    public double[] Initial { get; }

    public List<Runs.Delivery> Deliveries { get; }

    /// <summary>Kilometres driven by every vehicle, loaded and empty.</summary>
    public double VehicleKilometres { get; set; }

    /// <summary>Distances measured by hazard strikes, kept from run to run by reused buffers.</summary>
    public DistanceMemo Distances { get; }

    /// <summary>Trips whose process has finished, to be used again for the next dispatches.</summary>
    public Stack<Trip> IdleTrips { get; } = new();

    /// <summary>Kilometres driven by the vehicles of each of the strategy's fleets (<see cref="Fleets"/> order), loaded and empty.</summary>
    public double[] FleetKilometres { get; }

    /// <summary>Per commodity, stock on hand in every pile integrated over time so far, in unit-hours (see <see cref="StockOnHand"/>).</summary>
    public double[] StockUnitHours { get; }

    /// <summary>Starts the processes: repairs of links that start damaged, hazards, supplier deliveries, pre-positioning on warnings, allocation, hourly consumption, and the hourly count of stock on hand.</summary>
    public void Start()
    {
        Links.RepairInitialDamage();
        Strikes.Start();
        Suppliers.Start(this);
        Forecasts.Start(this);
        Simulation.Process(Allocation(), "allocation");
        Simulation.Process(Consumption.Hourly(this), "consumption");
        Simulation.Process(StockOnHand.Hourly(this), "stock-on-hand");
    }

    /// <summary>Recomputes <see cref="NeedPerHour"/> from the cities' conditions now.</summary>
    public void RefreshNeed() => CityConditions.NeedPerHour(Simulation.Now, NeedPerHour);

    /// <summary>The share of its throughput a depot loads at now.</summary>
    public double LoadingFactor(int depot) => DepotConditions.LoadingFactor(depot, Simulation.Now);

    /// <summary>The share of the normal rate at which deliveries into a city go now.</summary>
    public double DistributionFactor(int city) => CityConditions.DistributionFactor(city, Simulation.Now);

    public int CityIndex(CityId city) => _cityIndex.TryFind(city.Value, out var i) ? i
        : throw new ArgumentException($"There is no city '{city}' in scenario '{Scenario.Name}'.", nameof(city));

    public int DepotIndex(DepotId depot) => _depotIndex.TryFind(depot.Value, out var d) ? d
        : throw new ArgumentException($"There is no depot '{depot}' in scenario '{Scenario.Name}'.", nameof(depot));

    public int CommodityIndex(CommodityId commodity) => _commodityIndex.TryFind(commodity.Value, out var c) ? c
        : throw new ArgumentException($"There is no commodity '{commodity}' in scenario '{Scenario.Name}'.", nameof(commodity));

    public int FleetIndex(FleetId fleet) => _fleetIndex.TryFind(fleet.Value, out var f) ? f
        : throw new ArgumentException($"Strategy '{Strategy.Id}' has no fleet '{fleet}'.", nameof(fleet));

    /// <summary>A local depot in a city is that city's own stock, drawn on directly; any other depot ships.</summary>
    /// <param name="depot">The depot.</param>
    /// <returns>True when its stock is its city's.</returns>
    public static bool SharesCityStock(Depot depot) => depot.Tier == DepotTier.Local && depot.City is not null;

    /// <summary>Whether any hazard or cascade of the scenario has a fragility curve for cities' utilities.</summary>
    private static bool CanFailUtilities(Scenario scenario) =>
        scenario.Hazards.Any(h => h.Effects.Fragility.Any(f => f.Element == Hazards.ElementKind.City))
        || scenario.Cascades.Any(r => r.Effect.Effects.Fragility.Any(f => f.Element == Hazards.ElementKind.City));

    private Stockpiles BuildPiles(int piles)
    {
        var k = Commodities.Length;
        var capacity = new double[piles * k];
        var initial = new double[piles * k];
        for (var d = 0; d < Depots.Length; d++)
        {
            var depot = Depots[d];
            var held = Strategy.Stock.GetValueOrDefault(depot.Id);
            for (var c = 0; c < k; c++)
            {
                var at = (DepotPile[d] * k) + c;
                capacity[at] += depot.Capacity.GetValueOrDefault(Commodities[c].Id).Units;
                if (held is not null)
                {
                    initial[at] += held.GetValueOrDefault(Commodities[c].Id).Units;
                }
            }
        }

        for (var at = 0; at < Cities.Length * k; at++)
        {
            if (capacity[at] == 0)
            {
                capacity[at] = Stockpiles.Unlimited;
            }
        }

        return new Stockpiles(Simulation, capacity, initial, k);
    }

    private FleetPool[] BuildFleets()
    {
        var byId = Scenario.Network.Fleets.ToDictionary(f => f.Id);
        var pools = new FleetPool[Strategy.Fleets.Count];
        for (var f = 0; f < pools.Length; f++)
        {
            var fleet = byId[Strategy.Fleets[f]];
            var store = new Store<Vehicle>(Simulation);
            for (var v = 0; v < fleet.Vehicles; v++)
            {
                store.Put(new Vehicle(v, fleet.Id, fleet.Payload.Kilograms, fleet.Speed.KilometresPerHour, fleet.Mode, fleet.Depot));
            }

            pools[f] = new FleetPool(fleet, DepotIndex(fleet.Depot), store);
        }

        return pools;
    }
}
