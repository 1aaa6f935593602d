using SimWorkbench.Hazards;
using SimWorkbench.Network;
using SimWorkbench.Strategies;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>The words the format accepts for each enumeration, in snake_case as written in scenarios.</summary>
internal static class Options
{
    public static IReadOnlyDictionary<string, DepotTier> Tiers { get; } = new Dictionary<string, DepotTier>(StringComparer.Ordinal)
    {
        ["national"] = DepotTier.National,
        ["regional"] = DepotTier.Regional,
        ["local"] = DepotTier.Local,
    };

    public static IReadOnlyDictionary<string, LinkMode> Modes { get; } = new Dictionary<string, LinkMode>(StringComparer.Ordinal)
    {
        ["road"] = LinkMode.Road,
        ["rail"] = LinkMode.Rail,
        ["air"] = LinkMode.Air,
        ["water"] = LinkMode.Water,
    };

    public static IReadOnlyDictionary<string, LinkState> LinkStates { get; } = new Dictionary<string, LinkState>(StringComparer.Ordinal)
    {
        ["open"] = LinkState.Open,
        ["degraded"] = LinkState.Degraded,
        ["closed"] = LinkState.Closed,
    };

    public static IReadOnlyDictionary<string, LinkKind> LinkKinds { get; } = new Dictionary<string, LinkKind>(StringComparer.Ordinal)
    {
        ["road"] = LinkKind.Road,
        ["bridge"] = LinkKind.Bridge,
        ["tunnel"] = LinkKind.Tunnel,
        ["mountain_pass"] = LinkKind.MountainPass,
        ["rail_line"] = LinkKind.RailLine,
        ["rail_bridge"] = LinkKind.RailBridge,
        ["sea_route"] = LinkKind.SeaRoute,
        ["air_route"] = LinkKind.AirRoute,
    };

    public static IReadOnlyDictionary<string, ElementKind> Elements { get; } = new Dictionary<string, ElementKind>(StringComparer.Ordinal)
    {
        ["road"] = ElementKind.Road,
        ["bridge"] = ElementKind.Bridge,
        ["tunnel"] = ElementKind.Tunnel,
        ["mountain_pass"] = ElementKind.MountainPass,
        ["rail_line"] = ElementKind.RailLine,
        ["rail_bridge"] = ElementKind.RailBridge,
        ["sea_route"] = ElementKind.SeaRoute,
        ["air_route"] = ElementKind.AirRoute,
        ["depot"] = ElementKind.Depot,
        ["city"] = ElementKind.City,
    };

    public static IReadOnlyDictionary<string, LinkDamage> Damages { get; } = new Dictionary<string, LinkDamage>(StringComparer.Ordinal)
    {
        ["closed"] = LinkDamage.Closed,
        ["degraded"] = LinkDamage.Degraded,
    };

    public static IReadOnlyDictionary<string, HazardKind> HazardKinds { get; } = new Dictionary<string, HazardKind>(StringComparer.Ordinal)
    {
        ["earthquake"] = HazardKind.Earthquake,
        ["flood"] = HazardKind.Flood,
        ["typhoon"] = HazardKind.Typhoon,
        ["storm_surge"] = HazardKind.StormSurge,
        ["landslide"] = HazardKind.Landslide,
        ["fire"] = HazardKind.Fire,
        ["contamination"] = HazardKind.Contamination,
        ["epidemic"] = HazardKind.Epidemic,
        ["unrest"] = HazardKind.Unrest,
    };

    public static IReadOnlyDictionary<string, StrategyKind> StrategyKinds { get; } = new Dictionary<string, StrategyKind>(StringComparer.Ordinal)
    {
        ["centralised"] = StrategyKind.Centralised,
        ["distributed"] = StrategyKind.Distributed,
        ["hybrid"] = StrategyKind.Hybrid,
    };

    public static IReadOnlyDictionary<string, AllocationRule> AllocationRules { get; } = new Dictionary<string, AllocationRule>(StringComparer.Ordinal)
    {
        ["proportional"] = AllocationRule.Proportional,
        ["priority_weighted"] = AllocationRule.PriorityWeighted,
        ["first_come"] = AllocationRule.FirstCome,
    };
}
