namespace Steward.Web.Tables;

/// <summary>Names of the UK's first-level regions (NUTS 1 / ITL 1 codes, as published in OCDS deliveryAddresses and parties).</summary>
public static class RegionNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UKC"] = "North East (England)",
        ["UKD"] = "North West (England)",
        ["UKE"] = "Yorkshire and The Humber",
        ["UKF"] = "East Midlands (England)",
        ["UKG"] = "West Midlands (England)",
        ["UKH"] = "East of England",
        ["UKI"] = "London",
        ["UKJ"] = "South East (England)",
        ["UKK"] = "South West (England)",
        ["UKL"] = "Wales",
        ["UKM"] = "Scotland",
        ["UKN"] = "Northern Ireland",
    };

    public static IReadOnlyDictionary<string, string> All => Names;

    /// <summary>"London (UKI)", or the code itself when it is not a first-level UK region.</summary>
    public static string Describe(string? code) =>
        code is null ? "Unknown" : Names.TryGetValue(code, out var name) ? $"{name} ({code})" : code;
}
