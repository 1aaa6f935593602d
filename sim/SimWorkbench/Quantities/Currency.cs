namespace SimWorkbench.Quantities;

/// <summary>
/// The currency every cost of a scenario is counted in: a three-letter code such as <c>USD</c> or
/// <c>EUR</c> (ISO 4217 style). Prices, fleet costs and deprivation costs are written in it
/// (<c>0.4 USD/L</c>, <c>1.8 USD/km</c>); the workbench converts nothing between currencies.
/// </summary>
public sealed record Currency
{
    /// <summary>Creates a currency; throws unless <paramref name="code"/> is three ASCII capital letters.</summary>
    /// <param name="code">The code, e.g. <c>USD</c>.</param>
    public Currency(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsCode(code))
        {
            throw new ArgumentException($"A currency code is three capital letters, like USD or EUR, not '{code}'.", nameof(code));
        }

        Code = code;
    }

    /// <summary>US dollars, the default: the unit of Holguín-Veras et al.'s deprivation cost estimates.</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>The three-letter code.</summary>
    public string Code { get; }

    /// <summary>Whether a text is a valid code: three ASCII capital letters.</summary>
    /// <param name="code">The text.</param>
    /// <returns>True when it is.</returns>
    public static bool IsCode(string code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    /// <summary>The code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code;
}
