namespace Steward.Core.Processes;

/// <summary>
/// Region codes in words at the first, second and third levels: NUTS 2016 codes (UKC1 … UKN0), which ITL 2021 kept with a
/// TL prefix (TLC1 … TLN0; ONS, "International Territorial Levels", 2021), and the few older NUTS codes that older
/// notices still carry; third-level codes are named by <see cref="UkLocalAreas"/>. A code below the first level that
/// Steward does not know (UKC19) is described by the area it lies in.
/// </summary>
public static class UkAreas
{
    private static readonly Dictionary<string, string> SecondLevel = new(StringComparer.Ordinal)
    {
        ["UKC1"] = "Tees Valley and Durham",
        ["UKC2"] = "Northumberland and Tyne and Wear",
        ["UKD1"] = "Cumbria",
        ["UKD3"] = "Greater Manchester",
        ["UKD4"] = "Lancashire",
        ["UKD6"] = "Cheshire",
        ["UKD7"] = "Merseyside",
        ["UKE1"] = "East Yorkshire and Northern Lincolnshire",
        ["UKE2"] = "North Yorkshire",
        ["UKE3"] = "South Yorkshire",
        ["UKE4"] = "West Yorkshire",
        ["UKF1"] = "Derbyshire and Nottinghamshire",
        ["UKF2"] = "Leicestershire, Rutland and Northamptonshire",
        ["UKF3"] = "Lincolnshire",
        ["UKG1"] = "Herefordshire, Worcestershire and Warwickshire",
        ["UKG2"] = "Shropshire and Staffordshire",
        ["UKG3"] = "West Midlands",
        ["UKH1"] = "East Anglia",
        ["UKH2"] = "Bedfordshire and Hertfordshire",
        ["UKH3"] = "Essex",
        ["UKI1"] = "Inner London (NUTS 2010)",
        ["UKI2"] = "Outer London (NUTS 2010)",
        ["UKI3"] = "Inner London – West",
        ["UKI4"] = "Inner London – East",
        ["UKI5"] = "Outer London – East and North East",
        ["UKI6"] = "Outer London – South",
        ["UKI7"] = "Outer London – West and North West",
        ["UKJ1"] = "Berkshire, Buckinghamshire and Oxfordshire",
        ["UKJ2"] = "Surrey, East and West Sussex",
        ["UKJ3"] = "Hampshire and Isle of Wight",
        ["UKJ4"] = "Kent",
        ["UKK1"] = "Gloucestershire, Wiltshire and Bristol/Bath area",
        ["UKK2"] = "Dorset and Somerset",
        ["UKK3"] = "Cornwall and Isles of Scilly",
        ["UKK4"] = "Devon",
        ["UKL1"] = "West Wales and The Valleys",
        ["UKL2"] = "East Wales",
        ["UKM2"] = "Eastern Scotland (NUTS 2013)",
        ["UKM3"] = "South Western Scotland (NUTS 2013)",
        ["UKM5"] = "North Eastern Scotland",
        ["UKM6"] = "Highlands and Islands",
        ["UKM7"] = "Eastern Scotland",
        ["UKM8"] = "West Central Scotland",
        ["UKM9"] = "Southern Scotland",
        ["UKN0"] = "Northern Ireland",
    };

    /// <summary>
    /// The name of a first-, second- or third-level code ("UKI" → London, "UKI3" or "TLI3" → Inner London – West, "UKI31" →
    /// Camden and City of London), or null.
    /// </summary>
    public static string? Name(string? code)
    {
        var nuts = Nuts(code);
        return nuts?.Length switch
        {
            3 => UkRegions.Name(nuts),
            4 => SecondLevel.GetValueOrDefault(nuts),
            5 => UkLocalAreas.Name(nuts),
            _ => null,
        };
    }

    /// <summary>
    /// A region code in words, the code after it: "London (UKI)", "Inner London – West (UKI3)", "Camden and City of London
    /// (UKI31)"; an unknown code by the area it lies in, "UKC19, in Tees Valley and Durham"; "United Kingdom (several
    /// regions) (UK)"; the code itself when it is not a UK code Steward knows.
    /// </summary>
    public static string Describe(string? code)
    {
        if (code is null)
        {
            return "Unknown";
        }

        if (code == "UK")
        {
            return "United Kingdom (several regions) (UK)";
        }

        if (Name(code) is { } name)
        {
            return $"{name} ({code})";
        }

        var nuts = Nuts(code);
        for (var length = Math.Min(4, (nuts?.Length ?? 0) - 1); length >= 3; length--)
        {
            if (Name(nuts![..length]) is { } within)
            {
                return $"{code}, in {within}";
            }
        }

        return code;
    }

    /// <summary>The code as NUTS writes it (TLI3 → UKI3), upper case, or null when it is not a UK code.</summary>
    private static string? Nuts(string? code)
    {
        if (code is null || code.Length < 3)
        {
            return null;
        }

        var upper = code.ToUpperInvariant();
        return upper.StartsWith("UK", StringComparison.Ordinal) ? upper : upper.StartsWith("TL", StringComparison.Ordinal) ? string.Concat("UK", upper.AsSpan(2)) : null;
    }
}
