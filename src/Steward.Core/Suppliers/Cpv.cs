namespace Steward.Core.Suppliers;

/// <summary>CPV code helpers: the 8 digits without the check digit, and a code's stem in the tree.</summary>
public static class Cpv
{
    /// <summary>The 8 digits of a CPV code (<c>85311000-2</c> → <c>85311000</c>), or null when it is not one.</summary>
    public static string? Digits(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var trimmed = code.Trim();
        var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        if (dash == 8)
        {
            trimmed = trimmed[..8];
        }

        return trimmed.Length == 8 && trimmed.All(char.IsAsciiDigit) ? trimmed : null;
    }

    /// <summary>The code without its trailing zeros (at least the 2-digit division): every code below it starts with it.</summary>
    public static string Stem(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var stem = digits.TrimEnd('0');
        return stem.Length < 2 ? digits[..2] : stem;
    }
}
