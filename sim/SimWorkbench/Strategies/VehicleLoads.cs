using SimWorkbench.Commodities;
using SimWorkbench.Network;
using SimWorkbench.Quantities;

namespace SimWorkbench.Strategies;

/// <summary>Cuts an amount into dispatches of one vehicle each: full payloads and one partial load.</summary>
internal static class VehicleLoads
{
    /// <summary>Adds the dispatches that carry <paramref name="units"/> on the fleet's vehicles.</summary>
    /// <param name="fleet">The fleet whose vehicles carry it.</param>
    /// <param name="to">The city it goes to.</param>
    /// <param name="commodity">The commodity.</param>
    /// <param name="massPerUnit">The commodity's mass per unit.</param>
    /// <param name="units">How much, in the commodity's unit; nothing when 0 or less.</param>
    /// <param name="into">Receives the dispatches.</param>
    public static void Split(Fleet fleet, CityId to, CommodityId commodity, Mass massPerUnit, double units, List<Dispatch> into)
    {
        if (units <= 0)
        {
            return;
        }

        var load = fleet.Payload.Kilograms / massPerUnit.Kilograms;
        var fullLoads = (int)Math.Floor(units / load);
        if (fullLoads > 0)
        {
            // Dispatches are immutable: every full load is the same one, listed once per vehicle.
            var full = new Dispatch(fleet.Id, to, commodity, new Amount(load));
            for (var n = 0; n < fullLoads; n++)
            {
                into.Add(full);
            }
        }

        var rest = units - (fullLoads * load);
        if (rest > 0)
        {
            into.Add(new Dispatch(fleet.Id, to, commodity, new Amount(rest)));
        }
    }
}
