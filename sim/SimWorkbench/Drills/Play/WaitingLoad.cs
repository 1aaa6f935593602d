namespace SimWorkbench.Drills.Play;

/// <summary>One vehicle load of an order, waiting at its depot for a vehicle of the fleet.</summary>
/// <param name="Order">The number of the order it belongs to.</param>
/// <param name="City">The index of the city it goes to (a reroute changes it).</param>
/// <param name="Commodity">The commodity's index.</param>
/// <param name="Units">How much, in the commodity's unit.</param>
internal sealed record WaitingLoad(int Order, int City, int Commodity, double Units)
{
    /// <summary>The city it goes to; a reroute changes it while it waits.</summary>
    public int City { get; set; } = City;
}
