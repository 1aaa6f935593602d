using System.Globalization;
using SimWorkbench.Commodities;
using SimWorkbench.Drills;
using SimWorkbench.Drills.Orders;

namespace SimWorkbench.Reporting.Charts;

/// <summary>A trainees' order of any kind in words, for the after-action report's table and hover texts.</summary>
internal static class OrderWords
{
    /// <summary>What the order asked for: <c>dispatch 400 t water hightown-depot → millford</c>, <c>reroute #3 → harbour</c>, …</summary>
    public static string What(Drill drill, DrillOrder order) => order switch
    {
        DispatchOrder o => $"dispatch {Amount(drill, o.Commodity, o.Amount.Units)} {o.Commodity} {o.From} → {o.To}",
        PrepositionOrder o => $"pre-position {Amount(drill, o.Commodity, o.Amount.Units)} {o.Commodity} {o.From} → {o.To}",
        ProcureOrder o => Invariant($"procure {Amount(drill, o.Commodity, o.Amount.Units)} {o.Commodity} into {o.Depot}{(o.Premium != 1 ? $" at ×{o.Premium:0.##}" : string.Empty)}"),
        MutualAidOrder o => Invariant($"mutual aid for {o.For.Hours:0.##} h"),
        RerouteOrder o => Invariant($"reroute the waiting loads of #{o.Order} → {o.To}"),
        AdvanceOrder o => o.By is { } by ? Invariant($"advance the clock by {by.Hours:0.##} h") : "advance the clock to the next stop",
        _ => order.Kind,
    };

    /// <summary>What became of an accepted order: its loads, when goods bought in arrive and at what cost, when aid ends, where the clock ran to.</summary>
    public static string Effect(Drill drill, OrderResult result) => result.Order switch
    {
        _ when !result.Accepted => "refused",
        DispatchOrder or PrepositionOrder => Invariant($"{result.Loads} vehicle load(s)"),
        RerouteOrder => Invariant($"{result.Loads} waiting load(s) rerouted"),
        ProcureOrder => Invariant($"arrives at {result.UntilHours:0.##} h, costs {result.Cost:N0} {drill.Scenario.Currency.Code}"),
        MutualAidOrder => Invariant($"aid until {result.UntilHours:0.##} h"),
        AdvanceOrder => Invariant($"clock to {result.UntilHours:0.##} h"),
        _ => "carried out",
    };

    private static string Amount(Drill drill, CommodityId commodity, double units) =>
        Invariant($"{units:N0} {drill.Scenario.Commodities.First(c => c.Id == commodity).Unit} of");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
