using SimWorkbench.Runs;
using SimWorkbench.Scenarios;

namespace SimWorkbench.WhatIf;

/// <summary>Compares a what-if scenario with its baseline, strategy by strategy.</summary>
/// <remarks>
/// Both scenarios run with the same master seed and replications, so replication r of a strategy
/// draws the same random numbers in both wherever the what-if did not change what is drawn (each
/// use has its own named stream): the paired differences then measure the change itself, with
/// much narrower intervals than two independent sets of runs would give.
/// </remarks>
public static class WhatIfComparison
{
    /// <summary>Runs both scenarios and pairs their metrics, replication by replication.</summary>
    /// <param name="baseline">The scenario as it is.</param>
    /// <param name="variant">The what-if: the baseline changed (e.g. with <see cref="ScenarioEdits"/>), with the same commodities, horizon and strategies.</param>
    /// <param name="options">Strategies, replications, seed and parallelism for both; the seed and replications default to the baseline's.</param>
    /// <returns>Both comparisons and the differences variant − baseline.</returns>
    /// <exception cref="ArgumentException">The scenarios differ in commodities or horizon, the variant lacks a strategy, or a bad option.</exception>
    public static WhatIfResult Run(Scenario baseline, Scenario variant, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(variant);
        options ??= new ComparisonOptions();
        if (!baseline.Commodities.Select(c => c.Id).SequenceEqual(variant.Commodities.Select(c => c.Id)))
        {
            throw new ArgumentException($"'{variant.Name}' has commodities {string.Join(", ", variant.Commodities.Select(c => c.Id))}, '{baseline.Name}' {string.Join(", ", baseline.Commodities.Select(c => c.Id))}: a what-if must keep the baseline's.", nameof(variant));
        }

        if (baseline.Horizon != variant.Horizon)
        {
            throw new ArgumentException($"'{variant.Name}' runs for {variant.Horizon}, '{baseline.Name}' for {baseline.Horizon}: a what-if must keep the baseline's horizon.", nameof(variant));
        }

        var strategies = options.Strategies ?? [.. baseline.Strategies.Select(s => s.Id)];
        var missing = strategies.Where(id => variant.Strategies.All(s => s.Id != id)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"'{variant.Name}' has no strategy {string.Join(", ", missing.Select(m => $"'{m}'"))}; a what-if must keep the strategies compared.", nameof(variant));
        }

        var shared = options with
        {
            Strategies = strategies,
            Replications = options.Replications ?? baseline.Replications,
            Seed = options.Seed ?? baseline.Seed,
        };
        var before = Comparison.Run(baseline, shared);
        var after = Comparison.Run(variant, shared);
        var differences = new IReadOnlyList<WhatIfDifference>[before.Metrics.Count];
        for (var m = 0; m < before.Metrics.Count; m++)
        {
            var metric = before.Metrics[m];
            var row = new WhatIfDifference[strategies.Count];
            for (var s = 0; s < strategies.Count; s++)
            {
                var was = before.Runs[s].Select(metric.ValueOf).ToArray();
                var now = after.Runs[s].Select(after.Metrics[m].ValueOf).ToArray();
                row[s] = new WhatIfDifference(metric, strategies[s], Comparison.Pair(now, was));
            }

            differences[m] = row;
        }

        return new WhatIfResult(before, after, differences);
    }
}
