namespace SimWorkbench.Scenarios.Extends;

/// <summary>Paths as shown in diagnostics: the user's own path, joined and tidied lexically ('/' separators, no '.' or 'x/..').</summary>
internal static class PathText
{
    public static string Join(string shownFile, string relative)
    {
        var folder = Path.GetDirectoryName(shownFile) ?? string.Empty;
        var combined = Path.IsPathRooted(relative) ? relative : Path.Combine(folder, relative);
        return Tidy(combined);
    }

    public static string Tidy(string path)
    {
        var rooted = path.StartsWith('/') || path.StartsWith('\\');
        var parts = new List<string>();
        foreach (var part in path.Split('/', '\\'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined;
    }
}
