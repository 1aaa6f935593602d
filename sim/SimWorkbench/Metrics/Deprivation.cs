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
    /// per-person cost at the spell's length (Holguín-Veras et al. 2013). When n varies within a
    /// spell, people who join it late are charged as if deprived since the spell began: a
    /// conservative (upper) reading, since who goes without is not tracked person by person.
    /// </remarks>
    /// <param name="needPerHour">Need per hour.</param>
    /// <param name="servedPerHour">Need met per hour; same length.</param>
    /// <param name="population">People in the city, &gt; 0.</param>
    /// <param name="costFunction">The commodity's cost per person of t hours without it.</param>
    /// <returns>Cost in the scenario's currency; 0 without deprivation; finite (the function grows linearly past its limit).</returns>
    public static double Cost(
        ReadOnlySpan<double> needPerHour,
        ReadOnlySpan<double> servedPerHour,
        double population,
        DeprivationCostFunction costFunction)
    {
        RequireSameLength(needPerHour, servedPerHour);
        ArgumentNullException.ThrowIfNull(costFunction);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
        var previous = 0.0; // DC(0)
        var run = 0;
        var cost = 0.0;
        for (var h = 0; h < needPerHour.Length; h++)
        {
            var need = needPerHour[h];
            var served = servedPerHour[h];
            if (!(served < need))
            {
                run = 0;
                previous = 0;
                continue;
            }

            run++;
            var current = costFunction.Evaluate(run);
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
