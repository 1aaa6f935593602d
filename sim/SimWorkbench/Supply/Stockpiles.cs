using SimWorkbench.Kernel;

namespace SimWorkbench.Supply;

/// <summary>
/// Stock on the ground: for each stock pile (a city's own stock, or a depot of its own) and each
/// commodity, a kernel <see cref="Container"/> holding units of that commodity.
/// </summary>
/// <remarks>
/// Piles 0 .. cities − 1 are the cities', each holding the stock of the local depots in that city
/// (a local depot in a city is that city's stock: its people draw on it directly, no vehicle
/// needed). A city with no room listed for a commodity holds whatever is delivered there (a
/// distribution point without a warehouse limit). Every other depot is a pile of its own, holding
/// at most its capacity; with no capacity for a commodity it holds none of it.
/// </remarks>
internal sealed class Stockpiles
{
    /// <summary>Capacity of a pile with no limit: finite, as the kernel's containers require, and never reached.</summary>
    public const double Unlimited = double.MaxValue;

    private readonly Container?[] _containers;

    /// <summary>Creates the piles.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="capacity">Capacity per pile and commodity (pile-major), in commodity units: 0 for none.</param>
    /// <param name="initial">Stock at the start, laid out the same way.</param>
    /// <param name="commodities">The number of commodities.</param>
    public Stockpiles(Simulation simulation, double[] capacity, double[] initial, int commodities)
    {
        Commodities = commodities;
        Count = capacity.Length / commodities;
        _containers = new Container?[capacity.Length];
        for (var k = 0; k < capacity.Length; k++)
        {
            if (capacity[k] > 0)
            {
                _containers[k] = new Container(simulation, capacity[k], initial[k]);
            }
        }
    }

    /// <summary>The number of piles.</summary>
    public int Count { get; }

    /// <summary>The number of commodities.</summary>
    public int Commodities { get; }

    /// <summary>Units of a commodity in a pile now.</summary>
    /// <param name="pile">The pile.</param>
    /// <param name="commodity">The commodity's index.</param>
    /// <returns>Units.</returns>
    public double Level(int pile, int commodity) => _containers[(pile * Commodities) + commodity]?.Level ?? 0;

    /// <summary>Units of a commodity a pile can still take now.</summary>
    /// <param name="pile">The pile.</param>
    /// <param name="commodity">The commodity's index.</param>
    /// <returns>Units; 0 when the pile holds none of it.</returns>
    public double Room(int pile, int commodity) =>
        _containers[(pile * Commodities) + commodity] is { } container ? container.Capacity - container.Level : 0;

    /// <summary>Takes units at once; the caller has checked the level covers them.</summary>
    /// <param name="pile">The pile.</param>
    /// <param name="commodity">The commodity's index.</param>
    /// <param name="units">Above 0, at most the level.</param>
    public void Take(int pile, int commodity, double units)
    {
        if (_containers[(pile * Commodities) + commodity] is not { } container || !container.TryGet(units))
        {
            throw new InvalidOperationException($"Pile {pile} cannot give {units:R} units of commodity {commodity}: it holds {Level(pile, commodity):R}.");
        }
    }

    /// <summary>Adds units at once; the caller has checked they fit.</summary>
    /// <param name="pile">The pile.</param>
    /// <param name="commodity">The commodity's index.</param>
    /// <param name="units">Above 0, at most the room.</param>
    public void Add(int pile, int commodity, double units)
    {
        if (_containers[(pile * Commodities) + commodity] is not { } container || !container.TryPut(units))
        {
            throw new InvalidOperationException($"Pile {pile} cannot take {units:R} units of commodity {commodity}: it has room for {Room(pile, commodity):R}.");
        }
    }

    /// <summary>Adds units once they fit: an event to wait on.</summary>
    /// <param name="pile">The pile; it must hold the commodity.</param>
    /// <param name="commodity">The commodity's index.</param>
    /// <param name="units">Above 0.</param>
    /// <returns>The put.</returns>
    public ContainerPut PutWhenRoom(int pile, int commodity, double units) =>
        _containers[(pile * Commodities) + commodity]!.Put(units);

    /// <summary>Units of a commodity in every pile together.</summary>
    /// <param name="commodity">The commodity's index.</param>
    /// <returns>Units.</returns>
    public double Total(int commodity)
    {
        var total = 0.0;
        for (var pile = 0; pile < Count; pile++)
        {
            total += Level(pile, commodity);
        }

        return total;
    }
}
