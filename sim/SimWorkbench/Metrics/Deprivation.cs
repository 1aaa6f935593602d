using SimWorkbench.Kernel;

namespace SimWorkbench.Metrics;

/// <summary>
/// Deprivation: hours in which a city got less than its need, the longest run of them, and what
/// they cost people by a <see cref="DeprivationCostFunction"/>.
/// </summary>
/// <remarks>
/// An hour is deprived when served &lt; need. A spell is a maximal run of consecutive deprived
/// hours; an hour in which need is fully met (or there is none) ends it.
/// </remarks>
public static class Deprivation
{
    /// <summary>The longest spell: the most consecutive hours with served &lt; need.</summary>
    /// <param name="needPerHour">Need per hour.</param>
    /// <param name="servedPerHour">Need met per hour; same length.</param>
    /// <returns>Hours; 0 when every hour's need was met.</returns>
    public static int LongestHours(ReadOnlySpan<double> needPerHour, ReadOnlySpan<double> servedPerHour)
    {
        RequireSameLength(needPerHour, servedPerHour);
        var longest = 0;
        var run = 0;
        for (var h = 0; h < needPerHour.Length; h++)
        {
            run = servedPerHour[h] < needPerHour[h] ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>
    /// Deprivation cost over the series: Σ over deprived hours h of
    /// n_h × (DC(t_h) − DC(t_h − 1)), where t_h is the running length of the spell that hour h belongs
    /// to (1 in its first hour) and n_h = population × (need_h − served_h) / need_h is the number of
    /// people that hour left without their minimum.
    /// </summary>
    /// <remarks>
    /// Each person-hour of deprivation is charged the marginal cost of the spell's hour, so a spell
    /// of L hours with a constant n people deprived costs exactly n × DC(L): the sum telescopes to the
    /// source's per-person cost at the spell's length (Holguín-Veras et al. 2013). When n varies
    /// within a spell, people who join it late are charged as if deprived since the spell began: a
    /// conservative (upper) reading, since who goes without is not tracked person by person.
    /// </remarks>
    /// <param name="needPerHour">Need per hour.</param>
    /// <param name="servedPerHour">Need met per hour; same length.</param>
    /// <param name="population">People in the city, &gt; 0.</param>
    /// <param name="costFunction">The commodity's cost per person of t hours without it.</param>
    /// <returns>
    /// Cost in the function's unit (e.g. US dollars); 0 without deprivation; +∞ once a spell is long
    /// enough for e^(a + b·t) to overflow (a + b·t &gt; about 709.78).
    /// </returns>
    public static double Cost(
        ReadOnlySpan<double> needPerHour,
        ReadOnlySpan<double> servedPerHour,
        double population,
        DeprivationCostFunction costFunction)
    {
        RequireSameLength(needPerHour, servedPerHour);
        ArgumentNullException.ThrowIfNull(costFunction);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
        var atSpellStart = PortableMath.Exp(costFunction.A); // e^(a + b·0): DC(0) = 0 is measured from it
        var previous = atSpellStart;
        var run = 0;
        var cost = 0.0;
        for (var h = 0; h < needPerHour.Length; h++)
        {
            var need = needPerHour[h];
            var served = servedPerHour[h];
            if (!(served < need))
            {
                run = 0;
                previous = atSpellStart;
                continue;
            }

            run++;
            var current = PortableMath.Exp(costFunction.A + (costFunction.BPerHour * run));
            if (double.IsPositiveInfinity(current))
            {
                return current; // the spell has outlasted the exponential's range: the cost is unbounded
            }

            var deprivedPeople = population * (need - served) / need;
            cost += deprivedPeople * (current - previous);
            previous = current;
        }

        return cost;
    }

    private static void RequireSameLength(ReadOnlySpan<double> needPerHour, ReadOnlySpan<double> servedPerHour)
    {
        if (servedPerHour.Length != needPerHour.Length)
        {
            throw new ArgumentException("Need and served must cover the same hours.", nameof(servedPerHour));
        }
    }
}
