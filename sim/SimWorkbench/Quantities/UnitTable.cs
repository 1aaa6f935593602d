namespace SimWorkbench.Quantities;

/// <summary>
/// The units a kind of quantity accepts and the factor that takes each to the quantity's
/// canonical unit (hours, kilometres, commodity units…), with an example for messages.
/// </summary>
internal sealed class UnitTable
{
    private readonly (string Unit, double Factor)[] units;

    public UnitTable(string quantity, string example, params (string Unit, double Factor)[] units)
    {
        Quantity = quantity;
        Example = example;
        this.units = units;
    }

    /// <summary>The quantity's name for messages, e.g. "duration".</summary>
    public string Quantity { get; }

    /// <summary>A well-written value, e.g. "6h".</summary>
    public string Example { get; }

    public IEnumerable<string> Units => units.Select(u => u.Unit);

    public string Accepted => string.Join(", ", units.Select(u => u.Unit));

    public static UnitTable Durations { get; } = new("duration", "6h", ("min", 1.0 / 60), ("h", 1), ("d", 24), ("w", 168));

    public static UnitTable Distances { get; } = new("distance", "12 km", ("m", 0.001), ("km", 1));

    public static UnitTable Masses { get; } = new("mass", "10 t", ("kg", 1), ("t", 1000));

    public static UnitTable Speeds { get; } = new("speed", "60 km/h", ("km/h", 1));

    public static UnitTable MassRates { get; } = new("throughput", "120 t/h", ("t/h", 1), ("t/d", 1.0 / 24), ("kg/h", 0.001));

    public static UnitTable TimeRates { get; } = new("rate per time", "0.2/yr", ("/h", 1), ("/d", 1.0 / 24), ("/w", 1.0 / 168), ("/yr", 1 / TimeRate.HoursPerYear));

    /// <summary>Costs per vehicle-kilometre in one currency, e.g. <c>1.8 USD/km</c>.</summary>
    public static UnitTable DistanceCosts(Currency currency) => new("cost per km", $"1.8 {currency.Code}/km", ($"{currency.Code}/km", 1));

    public bool TryFactor(string unit, out double factor)
    {
        foreach (var (name, value) in units)
        {
            if (string.Equals(name, unit, StringComparison.Ordinal))
            {
                factor = value;
                return true;
            }
        }

        factor = 0;
        return false;
    }
}
