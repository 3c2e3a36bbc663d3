using System.Globalization;

namespace Steward.Core.Analytics;

/// <summary>
/// UK regions at the first level: NUTS 1 codes (UKC … UKN) and the ITL 1 codes that replaced them in 2021 (TLC …
/// TLN, the same letters), read from longer codes (UKM71 → UKM). "UK" stands for the whole country.
/// </summary>
public static class RegionCodes
{
    /// <summary>The code's first-level UK region, or null when it is not a UK NUTS/ITL code.</summary>
    public static string? FirstLevel(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var text = code.Trim().ToUpperInvariant();
        if (text == "UK" || text == "TL")
        {
            return "UK";
        }

        if (text.Length >= 3 && (text.StartsWith("UK", StringComparison.Ordinal) || text.StartsWith("TL", StringComparison.Ordinal)) &&
            text[2] is >= 'C' and <= 'N')
        {
            return string.Create(CultureInfo.InvariantCulture, $"UK{text[2]}");
        }

        return null;
    }

    /// <summary>
    /// Where a process is delivered, at the first level: its one region finer than the whole country when it has one
    /// (a "UK" beside it adds nothing), "UK" when they span several or say only the whole country, else the buyer's
    /// region, else null.
    /// </summary>
    public static string? OfProcess(ProcessView process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var delivered = process.Regions.Select(FirstLevel).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var specific = delivered.Where(r => r != "UK").Take(2).ToList();
        return specific.Count switch
        {
            1 => specific[0],
            > 1 => "UK",
            _ when delivered.Count > 0 => "UK",
            _ => FirstLevel(process.BuyerRegion),
        };
    }
}
