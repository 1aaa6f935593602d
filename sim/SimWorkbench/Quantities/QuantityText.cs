using System.Globalization;

namespace SimWorkbench.Quantities;

/// <summary>
/// Splits a written quantity such as <c>2.5d</c>, <c>20_000 L</c> or <c>15 L/person/d</c> into its
/// number and its unit text. Digits may be grouped with underscores; an exponent is allowed.
/// </summary>
internal static class QuantityText
{
    /// <summary>Longest text looked at: quantities are short, and a huge scalar must not cost time.</summary>
    private const int MaxLength = 64;

    public static bool TrySplit(string text, out double number, out string unit)
    {
        number = 0;
        unit = string.Empty;
        var s = text.Trim();
        if (s.Length == 0 || s.Length > MaxLength)
        {
            return false;
        }

        var i = 0;
        if (s[i] is '+' or '-')
        {
            i++;
        }

        var digits = 0;
        var afterDigit = false;
        var seenPoint = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                afterDigit = true;
            }
            else if (c == '_' && afterDigit && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                afterDigit = false;
            }
            else if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                afterDigit = false;
            }
            else
            {
                break;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        // An exponent only when digits follow it, so that "2e" stays a number with a unit "e".
        if (i + 1 < s.Length && s[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < s.Length && s[j] is '+' or '-')
            {
                j++;
            }

            var k = j;
            while (k < s.Length && char.IsAsciiDigit(s[k]))
            {
                k++;
            }

            if (k > j)
            {
                i = k;
            }
        }

        var numberText = s[..i].Replace("_", string.Empty, StringComparison.Ordinal);
        if (!double.TryParse(numberText, NumberStyles.Float, CultureInfo.InvariantCulture, out number) || !double.IsFinite(number))
        {
            return false;
        }

        unit = s[i..].Trim();
        return true;
    }
}
