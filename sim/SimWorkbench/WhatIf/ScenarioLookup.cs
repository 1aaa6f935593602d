using SimWorkbench.Scenarios;
using SimWorkbench.Scenarios.Diagnostics;

namespace SimWorkbench.WhatIf;

/// <summary>Finds a scenario's element by id for an edit, refusing an unknown id with the nearest one named.</summary>
internal static class ScenarioLookup
{
    /// <summary>The item whose id is <paramref name="given"/> (ordinal, as the scenario writes it).</summary>
    /// <param name="scenario">The scenario, for the message.</param>
    /// <param name="items">The candidates.</param>
    /// <param name="idOf">Each candidate's id.</param>
    /// <param name="given">The id asked for.</param>
    /// <param name="what">What the item is, for the message (e.g. "link").</param>
    /// <param name="paramName">The caller's parameter that gave the id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">No item has that id: the message names the nearest.</exception>
    public static T Find<T>(Scenario scenario, IEnumerable<T> items, Func<T, string> idOf, string given, string what, string paramName)
    {
        ArgumentNullException.ThrowIfNull(given, paramName);
        var all = items.ToList();
        foreach (var item in all)
        {
            if (idOf(item) == given)
            {
                return item;
            }
        }

        var ids = all.Select(idOf).ToList();
        var hint = ids.Count == 0 ? $"it has no {what}s"
            : Suggestions.Nearest(given, ids) is { } nearest ? $"the nearest is '{nearest.Candidate}' (it has {Suggestions.List(ids)})"
            : $"it has {Suggestions.List(ids)}";
        throw new ArgumentException($"Scenario '{scenario.Name}' has no {what} '{given}'; {hint}.", paramName);
    }
}
