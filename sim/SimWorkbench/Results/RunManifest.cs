using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SimWorkbench.Results;

/// <summary>
/// What a results folder was made from, so that a run can be traced and repeated: the scenario
/// (its name and the SHA-256 of its resolved text), the seed, the program's version and the
/// command line. Written as <c>manifest.json</c>.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioSha256">The SHA-256 of the resolved scenario text, in lower-case hex.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="Replications">Runs per strategy.</param>
/// <param name="Strategies">The strategies run, in order.</param>
/// <param name="Version">The program's version.</param>
/// <param name="CommandLine">The command that produced the folder.</param>
public sealed record RunManifest(
    string Scenario,
    string ScenarioSha256,
    ulong Seed,
    int Replications,
    IReadOnlyList<string> Strategies,
    string Version,
    string CommandLine)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>The lower-case hex SHA-256 of a text's UTF-8 bytes.</summary>
    /// <param name="text">The resolved scenario text.</param>
    /// <returns>64 hex digits.</returns>
    public static string HashOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The manifest as indented JSON with snake_case keys.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a manifest written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="JsonException">The text is not a manifest.</exception>
    public static RunManifest FromJson(string json) =>
        JsonSerializer.Deserialize<RunManifest>(json, Json) ?? throw new JsonException("The manifest is empty.");
}
