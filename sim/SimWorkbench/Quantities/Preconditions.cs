namespace SimWorkbench.Quantities;

/// <summary>Argument checks for validated construction (NodaTime's Preconditions): programmers' mistakes throw at once.</summary>
internal static class Preconditions
{
    public static double NonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a finite number, zero or more.");
        }

        return value;
    }

    public static double Positive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a finite number above zero.");
        }

        return value;
    }

    public static double InRange(double value, double min, double max, string name)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must lie in [{min}, {max}].");
        }

        return value;
    }

    public static string Text(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
