namespace SimWorkbench.Scenarios.Diagnostics;

/// <summary>"Did you mean" for misspelt keys, options and references: the nearest candidate by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>Longest word compared: ids and keys are short; a huge one must not cost quadratic time.</summary>
    private const int MaxLength = 64;

    /// <summary>The candidate nearest to <paramref name="given"/> (case-insensitive optimal string alignment distance), or null if there is none.</summary>
    public static (string Candidate, int Distance)? Nearest(string given, IEnumerable<string> candidates)
    {
        (string, int)? best = null;
        if (given.Length > MaxLength)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Length > MaxLength || (best is { } b && Math.Abs(candidate.Length - given.Length) >= b.Item2))
            {
                continue;
            }

            var distance = Distance(given, candidate);
            if (best is null || distance < best.Value.Item2)
            {
                best = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>A close candidate worth suggesting (at most a third of the word's letters differ), or null.</summary>
    public static string? Close(string given, IEnumerable<string> candidates) =>
        Nearest(given, candidates) is { } found && found.Distance <= Math.Max(1, given.Length / 3) ? found.Candidate : null;

    /// <summary>" Did you mean 'x'?" when a candidate is close, otherwise the list of what is allowed.</summary>
    public static string DidYouMean(string given, IReadOnlyCollection<string> candidates, string listLabel)
    {
        if (Close(given, candidates) is { } close)
        {
            return $"; did you mean '{close}'?";
        }

        return candidates.Count == 0 ? "." : $"; {listLabel}: {List(candidates)}.";
    }

    /// <summary>Up to twelve items, quoted and comma-separated, with a count of the rest.</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        var shown = string.Join(", ", all.Take(12));
        return all.Count > 12 ? $"{shown} (and {all.Count - 12} more)" : shown;
    }

    private static int Distance(string a, string b)
    {
        // Optimal string alignment (Levenshtein with adjacent transpositions), case-insensitive.
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                    && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
