using SimWorkbench.Hazards;

namespace SimWorkbench.Supply;

/// <summary>
/// Watches the cascade rules' shortage triggers hour by hour: a city served less than the rule's
/// share of its need (need above 0) for the rule's time without a break fires the rule, at most
/// once per city per run. The shortage counts from the start of its first short hour; the rule
/// fires at the end of the hour that completes it.
/// </summary>
internal sealed class ShortageWatch
{
    private readonly (CascadeRule Rule, ShortageTrigger Trigger, int Commodity)[] _rules;
    private readonly double[] _shortHours;
    private readonly bool[] _fired;
    private readonly int _cities;

    public ShortageWatch(SupplyWorld world)
    {
        _rules = [.. world.Scenario.Cascades
            .Where(r => r.Trigger is ShortageTrigger)
            .Select(r => (r, (ShortageTrigger)r.Trigger, world.CommodityIndex(((ShortageTrigger)r.Trigger).Commodity)))];
        _cities = world.Cities.Length;
        _shortHours = new double[_rules.Length * _cities];
        _fired = new bool[_shortHours.Length];
    }

    /// <summary>Records one hour slot's service and fires the rules whose shortage has lasted long enough.</summary>
    /// <param name="world">The world.</param>
    /// <param name="hour">The slot's index: its start, in hours.</param>
    /// <param name="slot">The slot's length, in hours.</param>
    /// <param name="need">Need in the slot per city and commodity (city-major), in units.</param>
    /// <param name="served">Served in the slot, laid out the same way.</param>
    public void Observe(SupplyWorld world, int hour, double slot, ReadOnlySpan<double> need, ReadOnlySpan<double> served)
    {
        var k = world.Commodities.Length;
        for (var r = 0; r < _rules.Length; r++)
        {
            var (rule, trigger, c) = _rules[r];
            for (var i = 0; i < _cities; i++)
            {
                var at = (r * _cities) + i;
                var n = need[(i * k) + c];
                if (n > 0 && served[(i * k) + c] < trigger.Below.Value * n)
                {
                    _shortHours[at] += slot;
                    if (!_fired[at] && _shortHours[at] >= trigger.For.Hours)
                    {
                        _fired[at] = true;
                        world.Strikes.ShortageFired(rule, i, hour + slot);
                    }
                }
                else
                {
                    _shortHours[at] = 0;
                }
            }
        }
    }
}
