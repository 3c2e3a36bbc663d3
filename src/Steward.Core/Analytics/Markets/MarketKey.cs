namespace Steward.Core.Analytics.Markets;

/// <summary>How finely CPV codes divide markets: division (first 2 digits, e.g. 45 construction) or group (first 3).</summary>
public enum CpvLevel
{
    Division = 2,
    Group = 3,
}

/// <summary>
/// A market: a CPV division or group, and a first-level UK region. A process belongs to the market of its main
/// CPV code (<c>tender.classification</c>, else its first item's) and its delivery region (else its buyer's).
/// </summary>
public readonly record struct MarketKey(string Cpv, string Region)
{
    public const string Unclassified = "unclassified";
    public const string UnknownRegion = "unknown";

    public static MarketKey Of(ProcessView process, CpvLevel level)
    {
        ArgumentNullException.ThrowIfNull(process);
        var digits = (int)level;
        var code = process.MainCpv?.Trim();
        var cpv = code is not null && code.Length >= digits && code.Take(digits).All(char.IsAsciiDigit) ? code[..digits] : Unclassified;
        return new MarketKey(cpv, RegionCodes.OfProcess(process) ?? UnknownRegion);
    }
}
