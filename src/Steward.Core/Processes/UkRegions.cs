namespace Steward.Core.Processes;

/// <summary>
/// The UK's first-level regions (NUTS 1 codes, which ITL 1 replaced in 2021 with the same letters: UKC … UKN), their
/// names, and the region names Contracts Finder publishes in <c>deliveryAddresses[].region</c> instead of codes.
/// </summary>
public static class UkRegions
{
    private static readonly (string Code, string Name)[] Regions =
    [
        ("UKC", "North East (England)"),
        ("UKD", "North West (England)"),
        ("UKE", "Yorkshire and The Humber"),
        ("UKF", "East Midlands (England)"),
        ("UKG", "West Midlands (England)"),
        ("UKH", "East of England"),
        ("UKI", "London"),
        ("UKJ", "South East (England)"),
        ("UKK", "South West (England)"),
        ("UKL", "Wales"),
        ("UKM", "Scotland"),
        ("UKN", "Northern Ireland"),
    ];

    /// <summary>
    /// Region names as Contracts Finder writes them (its nine English regions, the three nations, "England" and "UK"),
    /// lower case. "England", "UK" and "United Kingdom" span several regions and read as <c>UK</c>.
    /// </summary>
    private static readonly Dictionary<string, string> PublishedNames = new(StringComparer.Ordinal)
    {
        ["north east"] = "UKC",
        ["north west"] = "UKD",
        ["yorkshire and the humber"] = "UKE",
        ["yorkshire and humber"] = "UKE",
        ["east midlands"] = "UKF",
        ["west midlands"] = "UKG",
        ["east of england"] = "UKH",
        ["eastern"] = "UKH",
        ["east"] = "UKH",
        ["london"] = "UKI",
        ["south east"] = "UKJ",
        ["south west"] = "UKK",
        ["wales"] = "UKL",
        ["scotland"] = "UKM",
        ["northern ireland"] = "UKN",
        ["england"] = "UK",
        ["uk"] = "UK",
        ["united kingdom"] = "UK",
        ["great britain"] = "UK",
    };

    private static readonly Dictionary<string, string> NamesByCode = Regions.ToDictionary(r => r.Code, r => r.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every first-level region, in code order.</summary>
    public static IReadOnlyList<(string Code, string Name)> All => Regions;

    /// <summary>The region's name ("London"), or null when <paramref name="code"/> is not a first-level UK code.</summary>
    public static string? Name(string? code) => code is not null && NamesByCode.TryGetValue(code, out var name) ? name : null;

    /// <summary>The first-level code for a region name as Contracts Finder publishes it ("London" → UKI), or null.</summary>
    public static string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = string.Join(' ', name.Trim().ToLowerInvariant().Replace("&", "and", StringComparison.Ordinal)
            .Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries));
        if (key.EndsWith(" england", StringComparison.Ordinal) && key != "east of england")
        {
            key = key[..^" england".Length];
        }

        return PublishedNames.GetValueOrDefault(key);
    }
}
